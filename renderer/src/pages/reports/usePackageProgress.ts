import { useEffect, useState } from 'react'
import { onEvent } from '../../api/client'

/**
 * Percent of the package being written, from the core's progress events while `active`; null
 * before the first event (the bar then runs without a figure).
 */
export function usePackageProgress(active: boolean): number | null {
  const [percent, setPercent] = useState<number | null>(null)
  useEffect(() => {
    if (!active) return
    const off = onEvent('progress', (p) => {
      if (p.task === 'package' && p.total > 0) setPercent(Math.round((p.done / p.total) * 100))
    })
    return () => {
      off()
      setPercent(null)
    }
  }, [active])
  return percent
}
