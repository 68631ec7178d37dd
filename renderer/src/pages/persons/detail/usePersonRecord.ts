import { useCallback, useEffect, useState } from 'react'
import type { PersonDetail, PersonHistoryEntry } from '../../../../../shared/contract'
import { ApiCallError, call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'

export interface PersonRecordState {
  person: PersonDetail | null
  history: PersonHistoryEntry[] | null
  /** Set when the record could not be read; notFound when it does not exist at all. */
  error: string | null
  notFound: boolean
  reload(): Promise<void>
  reloadHistory(): Promise<void>
}

/** One person and their change history, as the detail page shows them. */
export function usePersonRecord(id: string): PersonRecordState {
  const [person, setPerson] = useState<PersonDetail | null>(null)
  const [history, setHistory] = useState<PersonHistoryEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notFound, setNotFound] = useState(false)

  const reloadHistory = useCallback(async () => {
    try {
      setHistory(await call('persons.history', { id }))
    } catch {
      setHistory([])
    }
  }, [id])

  const reload = useCallback(async () => {
    try {
      setPerson(await call('persons.get', { id }))
      setError(null)
    } catch (e) {
      setNotFound(e instanceof ApiCallError && e.code === 'NOT_FOUND')
      setError(errorText(e))
    }
    await reloadHistory()
  }, [id, reloadHistory])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload()
  }, [reload])

  return { person, history, error, notFound, reload, reloadHistory }
}
