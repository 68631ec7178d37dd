import { Button, Result } from 'antd'
import { t } from '../../../shared/i18n'
import { navigate } from '../router/hashRoute'
import { HOME_PATH } from '../router/routes'

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={t.common.notFound}
      subTitle={t.common.notFoundDetail}
      extra={
        <Button type="primary" onClick={() => navigate(HOME_PATH)}>
          {t.common.backToDashboard}
        </Button>
      }
    />
  )
}
