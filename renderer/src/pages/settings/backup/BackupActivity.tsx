import { Alert, Button, Progress, Space, Typography } from 'antd'
import type { BackupKind, BackupStage, BackupStatus } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'

const ui = t.backupsUi

export interface RunningBackup {
  kind: BackupKind
  stage: BackupStage
  percent: number
}

/**
 * The backup under way as a bar with its step in words, and the last one that failed:
 * the daily backup runs in the background, so this is where its trouble is seen.
 */
export function BackupActivity({
  running,
  lastFailure,
  onCancel,
}: {
  running: RunningBackup | null
  lastFailure: BackupStatus['lastFailure']
  /** Only for the backup this page started. */
  onCancel?: () => void
}) {
  return (
    <>
      {running && (
        <div style={{ maxWidth: 560, marginBottom: 12 }} role="status" aria-live="polite">
          <Typography.Text strong>{ui.running(running.kind)}</Typography.Text>
          <Progress percent={running.percent} status="active" />
          <Space>
            <Typography.Text type="secondary">{`${ui.stages[running.stage]}…`}</Typography.Text>
            {onCancel && (
              <Button size="small" onClick={onCancel}>
                {ui.cancelBackup}
              </Button>
            )}
          </Space>
          <div>
            <Typography.Text type="secondary">{ui.runningNote}</Typography.Text>
          </div>
        </div>
      )}
      {!running && lastFailure && (
        <Alert
          showIcon
          type="warning"
          style={{ marginBottom: 12, maxWidth: 820 }}
          title={ui.lastFailure(
            lastFailure.kind,
            formatDateTime(lastFailure.at),
            lastFailure.message,
          )}
          description={ui.lastFailureHint}
        />
      )}
    </>
  )
}
