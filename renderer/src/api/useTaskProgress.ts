import { useEffect, useState } from 'react'
import { onEvent } from './client'

/** The core's progress events for one kind of long work (`task`), while `active`. */
export function useTaskProgress(
  task: string,
  active: boolean,
): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useEffect(() => {
    if (!active) return
    const off = onEvent('progress', (p) => {
      if (p.task === task) setProgress({ done: p.done, total: p.total })
    })
    return () => {
      off()
      setProgress(null)
    }
  }, [task, active])
  return progress
}

/** A progress bar's percent: 99 at most until the work has answered. */
export function progressPercent(progress: { done: number; total: number } | null): number {
  return progress && progress.total > 0
    ? Math.min(99, Math.floor((progress.done / progress.total) * 100))
    : 0
}
