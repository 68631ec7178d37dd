import { useEffect, useState } from 'react'
import { onEvent } from '../../api/client'

/** The core's progress events of the running import, while `active`. */
export function useImportProgress(active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useEffect(() => {
    if (!active) return
    const off = onEvent('progress', (p) => {
      if (p.task === 'import') setProgress({ done: p.done, total: p.total })
    })
    return () => {
      off()
      setProgress(null)
    }
  }, [active])
  return progress
}
