import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../forms/serverIssues'
import type { RecordError } from '../pages/RecordPending'
import { ApiCallError } from './client'

/**
 * One record a detail page shows, loaded when the fetcher changes; `load` reads it again
 * (after an edit). A failure keeps what was shown and says whether the record is gone.
 */
export function useRecord<T>(fetcher: () => Promise<T>) {
  const [record, setRecord] = useState<T | null>(null)
  const [error, setError] = useState<RecordError | null>(null)

  const load = useCallback(async () => {
    try {
      setRecord(await fetcher())
      setError(null)
    } catch (e) {
      setError({
        text: errorText(e),
        notFound: e instanceof ApiCallError && e.code === 'NOT_FOUND',
      })
    }
  }, [fetcher])

  useEffect(() => {
    // Loading when the fetcher changes is the point of this effect; setState follows an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  return { record, error, load }
}
