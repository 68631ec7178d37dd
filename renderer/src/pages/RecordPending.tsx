import { Button, Result, Spin } from 'antd'
import { navigate } from '../router/hashRoute'

/** Why a record could not be shown: not there (404), or the core's message. */
export interface RecordError {
  text: string
  notFound: boolean
}

/**
 * What a detail page shows until its record is there: a spinner, or why it cannot be shown
 * (not found, or the error) with the way back to its list.
 */
export function RecordPending({
  error,
  notFoundTitle,
  failedTitle,
  back,
}: {
  error: RecordError | null
  notFoundTitle: string
  failedTitle: string
  back: { label: string; path: string }
}) {
  if (!error) return <Spin style={{ display: 'block', marginTop: 80 }} />
  return (
    <Result
      status={error.notFound ? '404' : 'error'}
      title={error.notFound ? notFoundTitle : failedTitle}
      subTitle={error.notFound ? undefined : error.text}
      extra={<Button onClick={() => navigate(back.path)}>{back.label}</Button>}
    />
  )
}
