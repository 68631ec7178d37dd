import { Button, Result, Spin } from 'antd'
import { t } from '../../../shared/i18n'

/**
 * What a page of figures shows before its first answer: a spinner while it loads, and a
 * warning with 重试 when the load failed. Nothing once there is data to show.
 */
export function FirstLoad({
  hasData,
  loading,
  failedTitle,
  onRetry,
}: {
  hasData: boolean
  loading: boolean
  failedTitle: string
  onRetry(): void
}) {
  if (hasData) return null
  if (loading) return <Spin />
  return (
    <Result
      status="warning"
      title={failedTitle}
      extra={<Button onClick={onRetry}>{t.common.retry}</Button>}
    />
  )
}
