import { afterEach, describe, expect, it } from 'vitest'
import { person } from '../persons-fixtures'
import { count, exportInput, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('packages.export as long work', () => {
  it('reports its stages, and a cancel before the commit writes no package', async () => {
    o = await offices()
    const { county } = o
    await county.ok('persons.create', person({ name: '张三' }))
    const stages: number[] = []
    const jobId = 'export-job-1'
    let cancelled: Promise<boolean> | null = null
    const off = county.core.events.subscribe((event, payload) => {
      const p = payload as { task?: string; done?: number }
      if (event !== 'progress' || p.task !== 'package') return
      stages.push(p.done ?? -1)
      // The file is built; it is being read back when the cancel arrives.
      if (p.done === 2 && !cancelled) cancelled = county.ok('work.cancel', { jobId })
    })
    const err = await county.ok('packages.export', exportInput({ jobId })).then(
      () => null,
      (e: Error & { code?: string }) => e,
    )
    off()
    expect(await cancelled).toBe(true)
    expect(err?.code).toBe('CANCELLED')
    expect(count(county, 'SELECT count(*) FROM packages')).toBe(0)
    expect(stages).toEqual([0, 1, 2, 3])

    stages.length = 0
    const off2 = county.core.events.subscribe((event, payload) => {
      const p = payload as { task?: string; done?: number }
      if (event === 'progress' && p.task === 'package') stages.push(p.done ?? -1)
    })
    const made = await county.ok('packages.export', exportInput({ jobId: 'export-job-2' }))
    off2()
    expect(stages).toEqual([0, 1, 2, 3, 4])
    expect(count(county, 'SELECT count(*) FROM packages WHERE id = ?', made.packageId)).toBe(1)
  })
})
