import { afterEach, describe, expect, it } from 'vitest'
import { listsDemoPersons } from '../../electron/services/export/listsDemoPersons'
import { personListIndex } from '../../electron/services/persons/listIndex/registry'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

describe('whether an exported list holds demo persons', () => {
  it('answers the same from the list index and from the table, a demo person binned since included', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    const rid = (id: string) =>
      sqlite.prepare('SELECT rid FROM persons WHERE id = ?').pluck().get(id) as number
    const real = rid((await t.ok('persons.create', { name: '张三' })).person.id)
    const demo = (await t.ok('persons.create', { name: '演示人' })).person
    sqlite.prepare('UPDATE persons SET is_demo = 1 WHERE id = ?').run(demo.id)
    // Built after the flag was set (demo persons are only ever inserted as such).
    personListIndex(sqlite)
    expect(listsDemoPersons(sqlite, [])).toBe(false)
    expect(listsDemoPersons(sqlite, [real])).toBe(false)
    expect(listsDemoPersons(sqlite, [real, rid(demo.id)])).toBe(true)
    expect(listsDemoPersons(sqlite, [real, 999_999])).toBe(false)

    // Listed, then moved to the recycle bin: its row is still read and written, so it counts.
    await t.ok('persons.delete', { id: demo.id })
    personListIndex(sqlite)
    expect(listsDemoPersons(sqlite, [real, rid(demo.id)])).toBe(true)
    expect(listsDemoPersons(sqlite, [real])).toBe(false)
  })
})
