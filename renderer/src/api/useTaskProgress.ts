import { useEffect, useState } from 'react'
import type { Events } from '../../../shared/contract'
import { onEvent } from './client'

export type TaskProgress = Omit<Events['progress'], 'task'>

/** The core's progress events for one kind of long work (`task`), while `active`. */
export function useTaskProgress(task: string, active: boolean): TaskProgress | null {
  const [progress, setProgress] = useState<TaskProgress | null>(null)
  useEffect(() => {
    if (!active) return
    const off = onEvent('progress', ({ task: of, ...p }) => {
      if (of === task) setProgress(p)
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
