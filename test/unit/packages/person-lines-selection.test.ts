import { afterEach, describe, expect, it } from 'vitest'
import { personLines } from '../../../electron/services/packages/export/personLines'
import type { TestCore } from '../../helpers/testCore'
import { signedInCore } from '../import-fixtures'

let cores: TestCore[] = []
afterEach(() => {
  for (const c of cores) c.cleanup()
  cores = []
})

/** Twelve persons, every second with a category and every third with a tag. */
async function registerOfTwelve(): Promise<TestCore> {
  const t = await signedInCore()
  cores.push(t)
  for (const i of Array.from({ length: 12 }, (_, k) => k)) {
    const categories = i % 2 === 0 ? [{ code: '21', detail: `律师${i}` }] : []
    await t.ok('persons.create', { name: `人员${i}`, categories, tags: i % 3 ? [] : [`标签${i}`] })
  }
  return t
}

describe('person lines of a full package', () => {
  it('read by a filter over whole tables, they equal the lines read by rid, with no child row of a person left out', async () => {
    const t = await registerOfTwelve()
    const sqlite = t.core.database.sqlite
    // Persons left out of the package (as demo persons are) between persons that travel.
    sqlite.exec('UPDATE persons SET is_demo = 1 WHERE rid % 4 = 1')
    const kept = sqlite
      .prepare('SELECT rid FROM persons WHERE is_demo = 0 ORDER BY rid')
      .pluck()
      .all() as number[]

    const byFilter = [...personLines(sqlite, { where: 'is_demo = ?', params: [0] })]
    const byRids = [...personLines(sqlite, { rids: kept })]
    expect(byFilter).toEqual(byRids)
    expect(byFilter).toHaveLength(kept.length)
    expect(byFilter.some((l) => l.fields.name === '人员0')).toBe(false)
    const second = byFilter.find((l) => l.fields.name === '人员2')!
    expect(second.fields.categories).toEqual([{ code: '21', detail: '律师2' }])
    expect(byFilter.find((l) => l.fields.name === '人员3')!.fields.tags).toEqual(['标签3'])
    expect(byFilter.find((l) => l.fields.name === '人员1')!.fields.categories).toEqual([])
  })
})
