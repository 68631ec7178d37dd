import { Spin } from 'antd'
import { t } from '../../../shared/i18n'
import { MainLayout } from '../layout/MainLayout'
import { RecoveryKeyScreen } from '../recovery/RecoveryKeyScreen'
import { useRecoveryKey } from '../recovery/recoveryKeyStore'
import { useMovedRecoveryKey } from '../recovery/useMovedRecoveryKey'
import { ChangePasswordScreen } from '../screens/ChangePasswordScreen'
import { LockScreen } from '../screens/LockScreen'
import { LoginScreen } from '../screens/LoginScreen'
import { SetupScreen } from '../screens/SetupScreen'
import { StatusErrorScreen } from '../screens/StatusErrorScreen'
import { IdleLockGuard } from '../session/IdleLockGuard'
import { useSession } from '../session/sessionStore'
import { useSessionSync } from '../session/useSessionSync'

/**
 * Picks the one screen the session allows. While locked, only the lock screen is mounted:
 * the pages behind it are gone from the DOM, not merely covered.
 */
export function ScreenGate() {
  useSessionSync()
  const status = useSession((s) => s.status)
  const loadError = useSession((s) => s.loadError)
  const { recoveryKey, pending: keyPending } = useRecoveryKey()
  const movedKeyDue = useMovedRecoveryKey(status)

  if (!status) {
    if (loadError) return <StatusErrorScreen message={loadError} />
    return <Spin fullscreen description={t.common.loading} />
  }
  // Encrypted and not opened since this start: the unit's name is inside, so no name yet.
  if (status.databaseLocked) return <LoginScreen unit={null} />
  if (!status.initialized || !status.unit || keyPending) return <SetupScreen />
  const { session, unit } = status
  if (!session) return <LoginScreen unit={unit} />
  if (session.locked) return <LockScreen unit={unit} session={session} />
  if (movedKeyDue && !recoveryKey) return <Spin fullscreen description={t.common.loading} />
  if (recoveryKey)
    return <RecoveryKeyScreen recoveryKey={recoveryKey} unit={unit} shell={status.shell} />

  return (
    <>
      <IdleLockGuard minutes={status.idleLockMinutes} />
      {session.mustChangePassword ? (
        <ChangePasswordScreen unit={unit} session={session} />
      ) : (
        <MainLayout status={status} unit={unit} session={session} />
      )}
    </>
  )
}
