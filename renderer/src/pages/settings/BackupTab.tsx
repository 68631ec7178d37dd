import { useRef, useState } from 'react'
import { Alert, Button, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { DatabaseOutlined } from '@ant-design/icons'
import type { BackupEntry, BackupResult } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { formatDateTime } from '../../format/dateTime'
import { errorText } from '../../forms/serverIssues'
import { BackupActivity } from './backup/BackupActivity'
import { BackupSettingsForm } from './backup/BackupSettingsForm'
import { ChooseBackupFile } from './backup/ChooseBackupFile'
import { RestoreDialog } from './backup/RestoreDialog'
import { useBackupActivity } from './backup/useBackupActivity'

const txt = t.settings.backup
const ui = t.backupsUi

function columns(restore: (e: BackupEntry) => void): ColumnsType<BackupEntry> {
  return [
    {
      title: ui.columns.at,
      key: 'at',
      width: 160,
      render: (_, e) => (e.manifest ? formatDateTime(e.manifest.createdAt) : e.name),
    },
    {
      title: ui.columns.kind,
      key: 'kind',
      width: 130,
      render: (_, e) =>
        e.manifest ? t.backups.kinds[e.manifest.kind] : <Tag color="red">{ui.damaged}</Tag>,
    },
    {
      title: ui.columns.size,
      dataIndex: 'bytes',
      width: 100,
      render: (b: number) => t.common.fileSize(b),
    },
    {
      title: ui.columns.persons,
      key: 'p',
      width: 70,
      render: (_, e) => e.manifest?.counts.persons ?? '—',
    },
    {
      title: ui.columns.organizations,
      key: 'o',
      width: 70,
      render: (_, e) => e.manifest?.counts.organizations ?? '—',
    },
    {
      title: ui.columns.activities,
      key: 'a',
      width: 70,
      render: (_, e) => e.manifest?.counts.activities ?? '—',
    },
    {
      title: ui.columns.where,
      dataIndex: 'location',
      width: 90,
      render: (l: BackupEntry['location']) => (l === 'local' ? ui.local : ui.second),
    },
    {
      title: ui.columns.actions,
      key: 'actions',
      width: 120,
      render: (_, e) => (
        <Button size="small" disabled={!e.manifest} onClick={() => restore(e)}>
          {ui.restore}
        </Button>
      ),
    },
  ]
}

const listBackups = () => call('backups.list', {})

export function BackupTab() {
  const { data: backups, loading, reload: load } = useLoaded(listBackups, [])
  const [creating, setCreating] = useState(false)
  const [made, setMade] = useState<BackupResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [restoring, setRestoring] = useState<BackupEntry | null>(null)
  // Every backup shows here as it runs, the daily one after sign-in included.
  const activity = useBackupActivity(load)
  const jobRef = useRef<string | null>(null)

  async function create() {
    setCreating(true)
    setMade(null)
    setError(null)
    jobRef.current = crypto.randomUUID()
    try {
      const made = call('backup.create', { jobId: jobRef.current })
      // The core queues it at once: shown as under way now, not at the first progress event.
      void activity.refresh()
      setMade(await made)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setCreating(false)
      jobRef.current = null
    }
    await Promise.all([load(), activity.refresh()])
  }

  function cancel() {
    if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
  }

  return (
    <>
      <Typography.Paragraph style={{ maxWidth: 820 }}>{ui.intro}</Typography.Paragraph>
      <Button
        type="primary"
        icon={<DatabaseOutlined />}
        loading={creating}
        disabled={activity.running !== null}
        onClick={() => void create()}
        style={{ marginBottom: 12 }}
      >
        {creating ? txt.creating : txt.create}
      </Button>
      <BackupActivity
        running={activity.running}
        lastFailure={activity.lastFailure}
        {...(creating ? { onCancel: cancel } : {})}
      />
      {made && (
        <Alert showIcon type="success" title={txt.done(made.path)} style={{ marginBottom: 12 }} />
      )}
      {error && <Alert showIcon type="error" title={error} style={{ marginBottom: 12 }} />}
      <Typography.Title level={5}>{txt.list}</Typography.Title>
      <ChooseBackupFile onReceived={setRestoring} />
      <Table<BackupEntry>
        rowKey={(e) => `${e.location}/${e.name}`}
        size="small"
        columns={columns(setRestoring)}
        dataSource={backups}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: txt.empty }}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {ui.settingsTitle}
      </Typography.Title>
      <BackupSettingsForm />
      {restoring && <RestoreDialog entry={restoring} onClose={() => setRestoring(null)} />}
    </>
  )
}
