import { afterEach, describe, expect, it } from 'vitest'
import type { Events } from '../../../shared/contract'
import { loadDemoPersons } from '../../../electron/services/demo/loadDemo'
import { PACKAGE_IMPORT_TASK } from '../../../electron/services/packages/apply/applyProgress'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

const PERSONS = 300

/** A county register of PERSONS persons, loaded straight into its database. */
function fillCounty(county: TestCore): void {
  const sqlite = county.core.database.sqlite
  loadDemoPersons(sqlite, {
    seed: 7,
    count: PERSONS,
    unitCode: '330621',
    siteId: sqlite.prepare('SELECT id FROM units WHERE is_self = 1').pluck().get() as string,
    clock: county.core.clock,
  })
  // Demo persons stay home; these stand for a real register.
  sqlite.exec('UPDATE persons SET is_demo = 0')
}

/** The package import's progress events while `run` runs; `onEvent` sees each as it comes. */
async function watching<T>(
  t: TestCore,
  run: () => Promise<T>,
  onEvent: (p: Events['progress']) => void = () => {},
): Promise<{ events: Events['progress'][]; result: T | (Error & { code?: string }) }> {
  const events: Events['progress'][] = []
  const off = t.core.events.subscribe((event, payload) => {
    const p = payload as Events['progress']
    if (event !== 'progress' || p.task !== PACKAGE_IMPORT_TASK) return
    events.push(p)
    onEvent(p)
  })
  try {
    const result = await run().catch((e: Error & { code?: string }) => e)
    return { events, result }
  } finally {
    off()
  }
}

describe('packages.import as long work', () => {
  it('reports rows applied overall and per table, rising to the total; a cancel mid-apply writes nothing', async () => {
    o = await offices()
    const { county, city } = o
    fillCounty(county)
    const pkg = await exportTo(county)
    const input = { data: pkg.data, fileName: pkg.fileName }
    const before = {
      persons: count(city, 'SELECT count(*) FROM persons'),
      changes: count(city, 'SELECT count(*) FROM change_log'),
      audit: count(city, "SELECT count(*) FROM audit_log WHERE action = 'packages.import'"),
    }

    // Cancelled once a third of the persons are applied: the transaction rolls back whole.
    const jobId = 'package-import-job-1'
    let cancelled: Promise<boolean> | null = null
    const stopped = await watching(
      city,
      () => city.ok('packages.import', { ...input, jobId }),
      (p) => {
        if (p.part?.name === 'persons' && p.part.done >= PERSONS / 3 && !cancelled) {
          cancelled = city.ok('work.cancel', { jobId })
        }
      },
    )
    expect(await cancelled).toBe(true)
    expect((stopped.result as { code?: string }).code).toBe('CANCELLED')
    expect(count(city, 'SELECT count(*) FROM persons')).toBe(before.persons)
    expect(count(city, 'SELECT count(*) FROM change_log')).toBe(before.changes)
    expect(count(city, 'SELECT count(*) FROM packages')).toBe(0)
    expect(count(city, 'SELECT count(*) FROM package_ranges')).toBe(0)
    expect(count(city, 'SELECT count(*) FROM receipts')).toBe(0)
    // The cancelled call is on record as failed, and only that.
    expect(count(city, "SELECT count(*) FROM audit_log WHERE action = 'packages.import'")).toBe(
      before.audit + 1,
    )
    expect(
      count(
        city,
        "SELECT count(*) FROM audit_log WHERE action = 'packages.import' AND result = 'failed'",
      ),
    ).toBe(1)

    // Run to the end: the figures only rise, per table they stay within the table's rows, and
    // the last event says every row is applied.
    const { events, result } = await watching(city, () =>
      city.ok('packages.import', { ...input, jobId: 'package-import-job-2' }),
    )
    expect((result as { status?: string }).status).toBe('applied')
    const total = Object.values(pkg.tables).reduce((n, t) => n + t.rows, 0)
    expect(total).toBeGreaterThan(PERSONS)
    expect(events.length).toBeGreaterThan(10)
    for (const [i, e] of events.entries()) {
      expect(e.total).toBe(total)
      if (i > 0) expect(e.done).toBeGreaterThanOrEqual(events[i - 1]!.done)
      expect(e.part!.done).toBeLessThanOrEqual(e.part!.total)
    }
    expect(events.at(-1)!.done).toBe(total)
    const personEvents = events.filter((e) => e.part?.name === 'persons')
    expect(personEvents[0]!.part).toEqual({ name: 'persons', done: 0, total: PERSONS })
    expect(new Set(personEvents.map((e) => e.part!.done)).size).toBeGreaterThan(5)
    expect(count(city, 'SELECT count(*) FROM persons')).toBe(before.persons + PERSONS)
  })

  it('a preview reports its progress too and still writes nothing', async () => {
    o = await offices()
    const { county, city } = o
    fillCounty(county)
    const pkg = await exportTo(county)
    const { events, result } = await watching(city, () =>
      city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName, dryRun: true }),
    )
    expect(
      result as { status?: string; counts?: Record<string, { inserted: number }> },
    ).toMatchObject({
      status: 'preview',
      counts: { persons: { inserted: PERSONS } },
    })
    expect(events.length).toBeGreaterThan(10)
    expect(count(city, 'SELECT count(*) FROM persons')).toBe(0)
    expect(count(city, 'SELECT count(*) FROM packages')).toBe(0)
  })
})
