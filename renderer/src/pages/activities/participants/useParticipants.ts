import { useCallback, useEffect, useRef, useState } from 'react'
import { App } from 'antd'
import type {
  AttendanceSummary,
  Participant,
  ParticipantList,
} from '../../../../../shared/contract/activities'
import { ApiCallError, call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'

export interface ParticipantsState {
  list: ParticipantList | null
  loading: boolean
  reload(): Promise<void>
  /** After a change the core answered with counts: rows patched here, no reload needed. */
  patch(ids: readonly string[], change: Partial<Participant>, summary: AttendanceSummary): void
}

/** The list of an activity, kept by its page so the 实到 figure and the table agree. */
export function useParticipants(activityId: string): ParticipantsState {
  const { message } = App.useApp()
  const [list, setList] = useState<ParticipantList | null>(null)
  const [loading, setLoading] = useState(true)
  const request = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++request.current
    setLoading(true)
    try {
      const next = await call('participants.list', { activityId })
      if (mine === request.current) setList(next)
    } catch (e) {
      // A missing activity is said once, by its page.
      if (!(e instanceof ApiCallError && e.code === 'NOT_FOUND')) message.error(errorText(e))
    } finally {
      if (mine === request.current) setLoading(false)
    }
  }, [activityId, message])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload()
  }, [reload])

  const patch = useCallback<ParticipantsState['patch']>((ids, change, summary) => {
    const set = new Set(ids)
    setList((l) =>
      l
        ? {
            ...l,
            summary,
            items: l.items.map((p) => (set.has(p.id) ? { ...p, ...change } : p)),
          }
        : l,
    )
  }, [])

  return { list, loading, reload, patch }
}
