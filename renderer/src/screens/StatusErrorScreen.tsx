import { Button, Result } from 'antd'
import { t } from '../../../shared/i18n'
import { refreshSession } from '../session/sessionStore'
import { AuthFrame } from './AuthFrame'

/** The core did not answer: say so, and offer to ask again. */
export function StatusErrorScreen({ message }: { message: string }) {
  return (
    <AuthFrame width={520}>
      <Result
        status="warning"
        title={t.common.statusLoadFailed}
        subTitle={message}
        extra={
          <Button type="primary" onClick={() => void refreshSession()}>
            {t.common.retry}
          </Button>
        }
      />
    </AuthFrame>
  )
}
