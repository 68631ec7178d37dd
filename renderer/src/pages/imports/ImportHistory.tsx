import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Table, Tag, Tooltip, Typography } from 'antd'
import { RollbackOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../shared/contract'
import type { ImportBatchInfo } from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { formatDateTime as when } from '../../format/dateTime'
import { errorText } from '../../forms/serverIssues'
import { isAdmin } from '../persons/common/access'

const txt = t.importsUi.history
const PAGE_SIZE = 20

/** 导入记录: every batch, newest first; an admin can roll one back whole. */
export function ImportHistory({ session }: { session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ total: number; items: ImportBatchInfo[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const admin = isAdmin(session)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      setData(await call('imports.list', { page, pageSize: PAGE_SIZE }))
      setError(null)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setLoading(false)
    }
  }, [page])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  function rollback(b: ImportBatchInfo) {
    modal.confirm({
      title: txt.rollbackTitle(b.fileName),
      content: txt.rollbackContent(b.counts),
      okText: txt.rollbackOk,
      okButtonProps: { danger: true },
      async onOk() {
        try {
          const r = await call('imports.rollback', { batchId: b.id })
          message.success(txt.rolledBackDone(r.removed, r.restored))
        } catch (e) {
          modal.error({ title: txt.rollbackTitle(b.fileName), content: errorText(e) })
        }
        await load()
      },
    })
  }

  return (
    <>
      {error && (
        <Alert
          type="error"
          showIcon
          title={txt.loadFailed}
          description={error}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<ImportBatchInfo>
        rowKey="id"
        size="small"
        aria-label={txt.title}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: txt.empty }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: txt.colAt, key: 'at', width: 150, render: (_, b) => when(b.at) },
          { title: txt.colUser, dataIndex: 'username', width: 100 },
          {
            title: txt.colFile,
            key: 'file',
            render: (_, b) => (
              <div>
                <div>{b.fileName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {b.sheets.join('、')}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: txt.colCounts,
            key: 'counts',
            render: (_, b) =>
              b.kind === 'suggestions'
                ? t.suggestionImport.historyLine(b.counts)
                : txt.countsLine(b.counts),
          },
          {
            title: txt.colStatus,
            key: 'status',
            width: 200,
            render: (_, b) =>
              b.status === 'applied' ? (
                <Tag color="green">{txt.applied}</Tag>
              ) : (
                <Tag>{txt.rolledBack(when(b.rolledBackAt ?? b.at), b.rolledBackBy)}</Tag>
              ),
          },
          {
            title: txt.colActions,
            key: 'actions',
            width: 150,
            render: (_, b) =>
              b.status === 'applied' &&
              b.kind === 'persons' && (
                <Tooltip title={admin ? undefined : txt.rollbackAdminOnly}>
                  <Button
                    size="small"
                    danger
                    icon={<RollbackOutlined />}
                    disabled={!admin}
                    onClick={() => rollback(b)}
                  >
                    {txt.rollback}
                  </Button>
                </Tooltip>
              ),
          },
        ]}
      />
    </>
  )
}
