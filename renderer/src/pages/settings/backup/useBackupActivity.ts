import { useCallback, useEffect, useRef, useState } from 'react'
import type { BackupStatus } from '../../../../../shared/contract'
import { call } from '../../../api/client'
import { useTaskProgress } from '../../../api/useTaskProgress'

/** The core's progress events name backups so (electron/services/backup/backupRuns.ts). */
const BACKUP_TASK = 'backup'
/** While a backup runs, how often its status is asked (its end, or its failure). */
const POLL_MS = 1000

/**
 * The backup under way, whoever started it (this page, the daily one after sign-in, an
 * import), and the last that failed. Progress comes from the core's events as it happens;
 * the status is asked on opening and while something runs, so the end and a failure show.
 */
export function useBackupActivity(onFinished: () => void) {
  const [status, setStatus] = useState<BackupStatus>({ running: null, lastFailure: null })
  const progress = useTaskProgress(BACKUP_TASK, true)

  const refresh = useCallback(async () => {
    try {
      setStatus(await call('backups.status', {}))
    } catch {
      // The page's list says what is wrong with the core; the status is only extra.
    }
  }, [])

  useEffect(() => {
    // Asking once on opening is the point of this effect; setState follows an await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh()
  }, [refresh])

  // A progress event says a backup runs even when the page opened before it began.
  const busy = status.running !== null || (progress !== null && progress.done < progress.total)
  useEffect(() => {
    if (!busy) return
    // Asked at once too: a backup of a second or two would otherwise end before the first
    // answer and never be seen under way.
    const first = setTimeout(() => void refresh(), 0)
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [busy, refresh])

  const wasRunning = useRef(false)
  useEffect(() => {
    if (wasRunning.current && status.running === null) onFinished()
    wasRunning.current = status.running !== null
  }, [status.running, onFinished])

  const running = status.running && {
    kind: status.running.kind,
    stage: (progress?.part?.name ?? status.running.stage) as NonNullable<
      BackupStatus['running']
    >['stage'],
    percent: Math.max(progress?.done ?? 0, status.running.percent),
  }
  return { running, lastFailure: status.lastFailure, refresh }
}
