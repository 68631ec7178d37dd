import { useState } from 'react'
import { Alert, Button, Checkbox, Descriptions, Input, Modal, Space, Table } from 'antd'
import type { BackupEntry, BackupInspection, BackupManifest } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { signInAfterRestore } from '../../../session/databaseReplaced'

const txt = t.backupsUi

type Facts = Pick<BackupManifest, 'unit' | 'counts' | 'lastPackageSent'>

function compareRows(backup: BackupManifest, today: Facts) {
  const unit = (f: Facts) => (f.unit ? `${f.unit.code} ${f.unit.name}` : '—')
  const pkg = (f: Facts) =>
    f.lastPackageSent
      ? `${formatDateTime(f.lastPackageSent.createdAt)} → ${f.lastPackageSent.receiverName}`
      : txt.noPackage
  const counts = ['persons', 'organizations', 'activities', 'suggestions', 'users'] as const
  return [
    { key: 'unit', what: txt.rows.unit, backup: unit(backup), today: unit(today) },
    ...counts.map((c) => ({
      key: c,
      what: txt.rows[c],
      backup: String(backup.counts[c]),
      today: String(today.counts[c]),
    })),
    { key: 'pkg', what: txt.rows.lastPackage, backup: pkg(backup), today: pkg(today) },
  ]
}

/** Pick → verify → what it holds beside today → confirm → restore (then everyone signs in). */
export function RestoreDialog({ entry, onClose }: { entry: BackupEntry; onClose: () => void }) {
  const [password, setPassword] = useState('')
  const [seen, setSeen] = useState<BackupInspection | null>(null)
  const [otherUnit, setOtherUnit] = useState(false)
  const [busy, setBusy] = useState<'verify' | 'restore' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pick = { name: entry.name, location: entry.location, ...(password ? { password } : {}) }

  async function verify() {
    setBusy('verify')
    setError(null)
    try {
      setSeen(await call('backups.inspect', pick))
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(null)
    }
  }

  async function restore() {
    setBusy('restore')
    setError(null)
    try {
      await call('backups.restore', { ...pick, confirmOtherUnit: otherUnit })
      // The pushed event does the same; this page does not wait for it.
      await signInAfterRestore()
    } catch (e) {
      setError(errorText(e))
      setBusy(null)
    }
  }

  return (
    <Modal
      open
      title={txt.restoreTitle(entry.name)}
      onCancel={onClose}
      width={720}
      footer={
        <Space>
          <Button onClick={onClose}>{txt.cancel}</Button>
          {!seen ? (
            <Button type="primary" loading={busy === 'verify'} onClick={() => void verify()}>
              {busy === 'verify' ? txt.verifying : txt.verify}
            </Button>
          ) : (
            <Button
              danger
              type="primary"
              disabled={!seen.sameUnit && !otherUnit}
              loading={busy === 'restore'}
              onClick={() => void restore()}
            >
              {busy === 'restore' ? txt.restoring : txt.confirm}
            </Button>
          )}
        </Space>
      }
    >
      {!seen && (
        <Input.Password
          aria-label={txt.passwordLabel}
          placeholder={txt.passwordLabel}
          value={password}
          autoFocus
          onChange={(e) => setPassword(e.target.value)}
          onPressEnter={() => void verify()}
        />
      )}
      {error && <Alert showIcon type="error" title={error} style={{ marginTop: 12 }} />}
      {seen && (
        <>
          <Alert showIcon type="success" title={txt.verified} style={{ marginBottom: 12 }} />
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={txt.rows.createdAt}>
              {formatDateTime(seen.manifest.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={compareRows(seen.manifest, seen.today)}
            columns={[
              { title: txt.compare.what, dataIndex: 'what', width: 160 },
              { title: txt.compare.backup, dataIndex: 'backup' },
              { title: txt.compare.today, dataIndex: 'today' },
            ]}
          />
          {!seen.sameUnit && (
            <Alert
              showIcon
              type="warning"
              style={{ marginTop: 12 }}
              title={txt.otherUnitWarning}
              description={
                <Checkbox checked={otherUnit} onChange={(e) => setOtherUnit(e.target.checked)}>
                  {txt.otherUnitConfirm}
                </Checkbox>
              }
            />
          )}
          <Alert showIcon type="warning" style={{ marginTop: 12 }} title={txt.confirmText} />
        </>
      )}
    </Modal>
  )
}
