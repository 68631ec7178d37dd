import { App, Button, Typography } from 'antd'
import type { SessionInfo, UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { refreshSession } from '../session/sessionStore'
import { signOut } from '../session/signOut'
import { AuthFrame } from './AuthFrame'
import { ChangePasswordForm } from './ChangePasswordForm'

/** After an admin reset the password, nothing else opens until the user sets their own. */
export function ChangePasswordScreen({ unit, session }: { unit: UnitInfo; session: SessionInfo }) {
  const { message } = App.useApp()

  return (
    <AuthFrame width={420}>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {t.auth.changePasswordTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {unit.name} · {t.nav.signedInAs(session.displayName, t.common.roles[session.role] ?? '')}
      </Typography.Paragraph>
      <Typography.Paragraph>{t.auth.mustChangePassword}</Typography.Paragraph>
      <ChangePasswordForm
        onDone={async () => {
          message.success(t.auth.passwordChanged)
          await refreshSession()
        }}
      />
      <div style={{ textAlign: 'center', marginTop: 12 }}>
        <Button type="link" onClick={() => void signOut()}>
          {t.nav.logout}
        </Button>
      </div>
    </AuthFrame>
  )
}
