import { Button, Progress, Tooltip } from 'antd'
import { t } from '../../../shared/i18n'
import { useBackupActivity } from '../pages/settings/backup/useBackupActivity'
import { navigate } from '../router/hashRoute'

const ui = t.backupsUi
const noop = () => {}

/**
 * A backup running in the background (the daily one, before an import or a package) seen
 * from any page, so nobody quits the program halfway through it without knowing. Admins
 * only: the backup page it leads to, and the status that tells its end, are theirs.
 */
export function BackupIndicator() {
  const { running } = useBackupActivity(noop)
  if (!running) return null
  return (
    <Tooltip title={`${ui.running(running.kind)}：${ui.stages[running.stage]}。${ui.runningNote}`}>
      <Button
        type="text"
        data-testid="header-backup"
        icon={<Progress type="circle" percent={running.percent} size={18} showInfo={false} />}
        onClick={() => navigate('/settings/backup')}
      >
        {ui.headerRunning(running.percent)}
      </Button>
    </Tooltip>
  )
}
