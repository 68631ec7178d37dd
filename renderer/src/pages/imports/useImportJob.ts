import { useEffect, useRef, useState } from 'react'
import { call } from '../../api/client'

/**
 * The core's long work a wizard runs (reading, remapping, applying), to cancel, and the
 * preview token it holds. Leaving the page cancels what still runs and drops the preview in
 * the core too, through `discard`.
 */
export function useImportJob(discard: (token: string) => Promise<unknown>) {
  const jobRef = useRef<string | null>(null)
  const tokenRef = useRef<string | null>(null)
  // The job the user stopped: a cancel pressed while the file was still being read or sent
  // counts even though the core may not have started (or may already have finished) the work.
  const stoppedJobRef = useRef<string | null>(null)
  const [cancelling, setCancelling] = useState(false)

  function newJob(): string {
    jobRef.current = crypto.randomUUID()
    setCancelling(false)
    return jobRef.current
  }

  function cancelJob() {
    if (!jobRef.current) return
    stoppedJobRef.current = jobRef.current
    setCancelling(true)
    void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
  }

  const discardRef = useRef(discard)
  useEffect(
    () => () => {
      if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
      if (tokenRef.current) void discardRef.current(tokenRef.current).catch(() => {})
    },
    [],
  )

  return { jobRef, tokenRef, stoppedJobRef, cancelling, newJob, cancelJob }
}
