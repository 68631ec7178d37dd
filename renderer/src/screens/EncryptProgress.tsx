import { Progress, Typography } from 'antd'
import type { BackupStage, EncryptStage } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { useTaskProgress, type TaskProgress } from '../api/useTaskProgress'

const txt = t.recoveryUi.encrypting
/** The core's progress tasks (runEncryptWorker.ts, backupRuns.ts). */
const ENCRYPT_TASK = 'encrypt'
const BACKUP_TASK = 'backup'

/**
 * The first sign-in after the upgrade moves a plain database to an encrypted one inside the
 * login call, after the start's backup of the plain file has finished: a city's takes many
 * seconds, shown here step by step while `active`.
 */
export function EncryptProgress({ active }: { active: boolean }) {
  // Listening from the start, not from the press of 登录: the event stream must be open
  // before the move begins, or a fast move's steps pass unseen.
  const moving = useTaskProgress(ENCRYPT_TASK, true)
  const backingUp = useTaskProgress(BACKUP_TASK, true)
  if (!active) return null
  if (moving) return <StepBar title={txt.title} progress={moving} stage={encryptStage(moving)} />
  if (backingUp && backingUp.done < backingUp.total)
    return <StepBar title={txt.backupFirst} progress={backingUp} stage={backupStage(backingUp)} />
  return null
}

const encryptStage = (p: TaskProgress) => txt.stages[p.part?.name as EncryptStage] ?? ''
const backupStage = (p: TaskProgress) => t.backupsUi.stages[p.part?.name as BackupStage] ?? ''

function StepBar({
  title,
  progress,
  stage,
}: {
  title: string
  progress: TaskProgress
  stage: string
}) {
  return (
    <div role="status" aria-live="polite" style={{ marginBottom: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Progress percent={progress.done} status="active" />
      <Typography.Text type="secondary">{txt.stageLine(stage)}</Typography.Text>
      <div>
        <Typography.Text type="secondary">{txt.note}</Typography.Text>
      </div>
    </div>
  )
}
