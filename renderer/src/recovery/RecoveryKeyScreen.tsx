import type { SystemStatus, UnitInfo } from '../../../shared/contract'
import { RecoveryKeyPrint } from '../print/documents/RecoveryKeyPrint'
import { RECOVERY_KEY_PATH } from '../print/printLinks'
import { useHashPath } from '../router/hashRoute'
import { AuthFrame } from '../screens/AuthFrame'
import { RecoveryKeyPanel } from './RecoveryKeyPanel'
import { useRecoveryKey } from './recoveryKeyStore'

/**
 * A recovery key just made (at setup, or regenerated in 设置) holds the whole window until
 * its last group is typed back; only its own print page may be opened meanwhile.
 */
export function RecoveryKeyScreen(props: {
  recoveryKey: string
  unit: UnitInfo
  shell: SystemStatus['shell']
}) {
  const path = useHashPath().split('?')[0]
  const done = useRecoveryKey((s) => s.done)
  if (path === RECOVERY_KEY_PATH)
    return <RecoveryKeyPrint shell={props.shell} unitName={props.unit.name} />
  return (
    <AuthFrame width={620}>
      <RecoveryKeyPanel recoveryKey={props.recoveryKey} onDone={done} />
    </AuthFrame>
  )
}
