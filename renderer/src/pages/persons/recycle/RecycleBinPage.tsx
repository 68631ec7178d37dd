import { useCallback, useEffect, useState } from 'react'
import { App, Button, Card, Result, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { DeleteOutlined, UndoOutlined } from '@ant-design/icons'
import type { RecycleBinPage, RecycleBinRow, SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { canWrite, isAdmin } from '../common/access'
import '../common/persons.css'

const txt = t.personsUi.bin

/** Deleted persons: 恢复 for operators, 彻底删除 (after a confirmation naming them) for admins. */
export function RecycleBinPage({ session }: { session: SessionInfo }) {
  if (!canWrite(session)) return <Result status="403" title={txt.operatorOnly} />
  return <RecycleBin admin={isAdmin(session)} />
}

function RecycleBin({ admin }: { admin: boolean }) {
  const { message, modal } = App.useApp()
  const [data, setData] = useState<RecycleBinPage>({ total: 0, items: [] })
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 })
  const [loading, setLoading] = useState(true)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      setData(await call('persons.recycleBin', paging))
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setLoading(false)
    }
  }, [paging, message])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  async function restore(row: RecycleBinRow) {
    try {
      await call('persons.restore', { id: row.id })
      message.success(txt.restored(row.name))
    } catch (e) {
      message.error(errorText(e))
    }
    await load()
  }

  function purge(row: RecycleBinRow) {
    modal.confirm({
      title: txt.confirmPurgeTitle(row.name),
      content: txt.confirmPurgeContent(row.name),
      okText: txt.confirmPurgeOk,
      okButtonProps: { danger: true },
      cancelButtonProps: { autoFocus: true },
      async onOk() {
        try {
          await call('persons.purge', { id: row.id })
          message.success(txt.purged(row.name))
        } catch (e) {
          message.error(errorText(e))
        }
        await load()
      },
    })
  }

  const columns: ColumnsType<RecycleBinRow> = [
    {
      title: txt.name,
      dataIndex: 'name',
      width: 140,
      render: (v: string, r) => (
        <Typography.Link onClick={() => navigate(`/persons/${encodeURIComponent(r.id)}`)}>
          {v}
        </Typography.Link>
      ),
    },
    {
      title: txt.idNumber,
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string | null) => <span className="pl-mono">{v ?? t.common.none}</span>,
    },
    {
      title: txt.employer,
      dataIndex: 'employer',
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: txt.deletedAt,
      dataIndex: 'deletedAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t.common.actions,
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<UndoOutlined />} onClick={() => void restore(r)}>
            {txt.restore}
          </Button>
          {admin && (
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              onClick={() => purge(r)}
            >
              {txt.purge}
            </Button>
          )}
        </Space>
      ),
    },
  ]

  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle back={{ label: t.personsUi.detail.back, onClick: () => navigate('/persons') }}>
        {txt.title}
      </PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{txt.intro}</Typography.Paragraph>
        <Table<RecycleBinRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data.items}
          loading={loading}
          locale={{ emptyText: txt.empty }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data.total,
            showTotal: (n) => t.common.total(n),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
    </div>
  )
}
