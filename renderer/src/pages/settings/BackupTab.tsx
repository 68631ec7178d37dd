import { useState } from 'react'
import { Alert, Button, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { DatabaseOutlined } from '@ant-design/icons'
import type { BackupResult } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { formatDateTime } from '../../format/dateTime'
import { errorText } from '../../forms/serverIssues'

const txt = t.settings.backup

const columns: ColumnsType<BackupResult> = [
  {
    title: txt.path,
    dataIndex: 'path',
    ellipsis: true,
    render: (p: string) => <Typography.Text copyable={{ text: p }}>{p}</Typography.Text>,
  },
  { title: txt.size, dataIndex: 'bytes', width: 110, render: (b: number) => t.common.fileSize(b) },
  { title: txt.at, dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
]

const listBackups = () => call('backup.list', {})

export function BackupTab() {
  const { data: backups, loading, reload: load } = useLoaded(listBackups, [])
  const [creating, setCreating] = useState(false)
  const [made, setMade] = useState<BackupResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function create() {
    setCreating(true)
    setMade(null)
    setError(null)
    try {
      setMade(await call('backup.create', {}))
    } catch (e) {
      setError(errorText(e))
    } finally {
      setCreating(false)
    }
    await load()
  }

  return (
    <>
      <Typography.Paragraph style={{ maxWidth: 820 }}>{txt.intro}</Typography.Paragraph>
      <Button
        type="primary"
        icon={<DatabaseOutlined />}
        loading={creating}
        onClick={() => void create()}
        style={{ marginBottom: 12 }}
      >
        {creating ? txt.creating : txt.create}
      </Button>
      {made && (
        <Alert showIcon type="success" title={txt.done(made.path)} style={{ marginBottom: 12 }} />
      )}
      {error && <Alert showIcon type="error" title={error} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5}>{txt.list}</Typography.Title>
      <Table<BackupResult>
        rowKey="path"
        size="small"
        columns={columns}
        dataSource={backups}
        loading={loading}
        pagination={false}
        locale={{ emptyText: txt.empty }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {txt.restoreLater}
      </Typography.Paragraph>
    </>
  )
}
