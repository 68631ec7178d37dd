import { afterEach, describe, expect, it } from 'vitest'
import { exportPersons } from '../../electron/services/export/personRowsSource'
import type { ExportPerson } from '../../electron/services/export/personColumns'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

let cores: TestCore[] = []
afterEach(() => {
  for (const c of cores) c.cleanup()
  cores = []
})

const now = async <T>(step: () => T) => step()

async function collect(
  t: TestCore,
  rids: number[],
  window?: number,
): Promise<{ persons: ExportPerson[]; progress: number[] }> {
  const progress: number[] = []
  const persons: ExportPerson[] = []
  const source = exportPersons(
    t.core.database.sqlite,
    rids,
    ['name', 'employer', 'categories', 'tags'],
    now,
    (done) => progress.push(done),
    window,
  )
  for await (const batch of source) persons.push(...batch)
  return { persons, progress }
}

describe('the export reads its persons in rid order, window by window', () => {
  it('hands them out in the list order, with their own categories and tags, leaving out a rid that is gone', async () => {
    const t = await signedInCore()
    cores.push(t)
    for (let i = 0; i < 23; i++) {
      await t.ok('persons.create', {
        name: `人员${i}`,
        employer: `单位${i}`,
        categories: i % 3 === 0 ? [{ code: '21', detail: `律师${i}` }] : [],
        tags: i % 4 === 0 ? [`标签${i}`, `乙${i}`] : [],
      })
    }
    const sqlite = t.core.database.sqlite
    const rids = (sqlite.prepare('SELECT rid FROM persons ORDER BY rid').pluck().all() as number[])
      // A list order unlike rid order, and a person deleted (purged) since the list was made.
      .sort((a, b) => ((a * 7919) % 23) - ((b * 7919) % 23))
    // A rid listed twice in one window is written once, at its first place.
    const listed = [...rids.slice(0, 3), rids[2]!, ...rids.slice(3, 10), 999_999, ...rids.slice(10)]

    const whole = await collect(t, listed)
    const windowed = await collect(t, listed, 4)
    expect(windowed.persons).toEqual(whole.persons)
    expect(whole.persons).toHaveLength(rids.length)
    expect(whole.persons.map((p) => p.scalars.name)).toEqual(
      rids.map((rid) => sqlite.prepare('SELECT name FROM persons WHERE rid = ?').pluck().get(rid)),
    )
    const lawyer = whole.persons.find((p) => p.scalars.name === '人员3')!
    expect(lawyer.categories).toEqual([{ code: '21', detail: '律师3' }])
    expect(whole.persons.find((p) => p.scalars.name === '人员4')!.tags).toEqual(['乙4', '标签4'])
    expect(whole.persons.find((p) => p.scalars.name === '人员5')).toMatchObject({
      categories: [],
      tags: [],
      scalars: { employer: '单位5' },
    })
    for (const run of [whole, windowed]) {
      expect(run.progress.at(-1)).toBe(listed.length)
      expect(run.progress).toEqual([...run.progress].sort((a, b) => a - b))
    }
  })

  it('writes a rid listed many times once, though its places span two chunks of the read', async () => {
    const t = await signedInCore()
    cores.push(t)
    await t.ok('persons.create', { name: '甲', categories: [{ code: '21', detail: null }] })
    await t.ok('persons.create', { name: '乙' })
    const [first, second] = t.core.database.sqlite
      .prepare('SELECT rid FROM persons ORDER BY rid')
      .pluck()
      .all() as number[]
    // 1,001 places of one rid: a chunk of the read is a thousand.
    const listed = [second!, ...Array.from({ length: 1001 }, () => first!)]
    const { persons, progress } = await collect(t, listed)
    expect(persons.map((p) => p.scalars.name)).toEqual(['乙', '甲'])
    expect(persons[1]!.categories).toEqual([{ code: '21', detail: null }])
    expect(progress.at(-1)).toBe(listed.length)
  })
})
