import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERSON_EXPORT_COLUMNS } from '../../shared/contract/exports'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
beforeAll(async () => {
  t = await makeTestCore()
  await t.ok('persons.loadDemo', { scale: 'county', seed: 3 })
}, 120_000)
afterAll(() => t.cleanup())

const allColumns = [...PERSON_EXPORT_COLUMNS]

describe('exports as long work (issue 15 §7)', () => {
  it('other calls answer while a 5,000-person export runs, and it reports its progress', async () => {
    const progress: { done: number; total: number }[] = []
    const off = t.core.events.subscribe((event, payload) => {
      const p = payload as { task?: string; done: number; total: number }
      if (event === 'progress' && p.task === 'export')
        progress.push({ done: p.done, total: p.total })
    })
    let exportDone = false
    const running = t
      .ok('exports.persons', { columns: allColumns, jobId: 'export-job-1' })
      .then((r) => {
        exportDone = true
        return r
      })
    // Asked after the export began: answered between its chunks, before it ends.
    const status = await t.ok('system.status', {})
    expect(status.initialized).toBe(true)
    expect(exportDone).toBe(false)
    const count = await t.ok('persons.count', {})
    expect(count.count).toBe(5000)
    expect(exportDone).toBe(false)

    const result = await running
    off()
    expect(result.rows).toBe(5000)
    expect(progress[0]).toEqual({ done: 0, total: 5000 })
    expect(progress.at(-1)).toEqual({ done: 5000, total: 5000 })
    expect(progress.length).toBeGreaterThan(2)
  }, 120_000)

  it('a cancelled export stops, leaves no file, and is audited as failed', async () => {
    const running = t.core.call(t.slot, 'exports.persons', {
      columns: allColumns,
      jobId: 'export-job-2',
    })
    expect(await t.ok('work.cancel', { jobId: 'export-job-2' })).toBe(true)
    const r = await running
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('CANCELLED')
    const last = t.core.database.sqlite
      .prepare(
        "SELECT result FROM audit_log WHERE action = 'exports.persons' ORDER BY seq DESC LIMIT 1",
      )
      .pluck()
      .get()
    expect(last).toBe('failed')
    const folder = join(t.dir, 'exports')
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  }, 120_000)

  it('roster and ledger exports run as long work too', async () => {
    const ledger = await t.ok('exports.ledger', { year: 2026, jobId: 'export-job-3' })
    expect(ledger.fileName).toMatch(/\.xlsx$/)
  })
})
