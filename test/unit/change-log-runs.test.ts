import { afterEach, describe, expect, it } from 'vitest'
import { insertPerson } from '../../db/repos/persons'
import { personBulkWriter } from '../../db/repos/personsBulk'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import { collectRows } from '../../electron/services/packages/export/collectRows'
import { personListIndex } from '../../electron/services/persons/listIndex/registry'
import { badIdNumberRids } from '../../electron/services/persons/quality/badIdNumberRids'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const SITE = 'site'
const topSeq = (t: TestCore) =>
  t.core.database.sqlite.prepare('SELECT max(seq) FROM change_log').pluck().get() as number

/** A 身份证号 whose check digit is wrong: the last character turned into another digit. */
const badCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1')

describe('a bulk write logged as runs of rids', () => {
  it('is read back person by person: the next 增量 package, the list index, the ID-number check', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    const [typed, ...bulked] = [...generatePersons({ seed: 5, count: 31, unitCode: '330621' })]
    await insertPerson(t.core.database.db, {
      id: 'typed',
      siteId: SITE,
      stamp: t.core.clock.hlc(),
      fields: typed!,
    })
    // Every reader catches up to here first, as they would have before the import.
    const index = personListIndex(sqlite)
    expect(index.count).toBe(1)
    expect(badIdNumberRids(sqlite).size).toBe(0)
    const seqBefore = topSeq(t)

    bulked[4] = { ...bulked[4]!, idNumber: badCheckDigit(bulked[4]!.idNumber!) }
    const bulk = personBulkWriter(sqlite)
    const ridBefore = bulk.lastRid()
    sqlite.transaction(() => {
      bulked.forEach((fields, i) =>
        bulk.insert(
          { id: `b-${i}`, siteId: SITE, stamp: t!.core.clock.hlc(), fields },
          { deferred: true },
        ),
      )
      bulk.finishInserts(ridBefore, 8)
    })()
    expect(
      sqlite.prepare('SELECT count(*) FROM change_log WHERE seq > ?').pluck().get(seqBefore),
    ).toBe(4)

    const [persons] = collectRows(sqlite, {
      siteIds: [SITE],
      from: seqBefore,
      to: topSeq(t),
      full: false,
    }).filter((table) => table.table === 'persons')
    expect(persons!.rows).toBe(bulked.length)

    index.lastBuildMs = -1
    expect(personListIndex(sqlite).count).toBe(1 + bulked.length)
    // Patched with the run's persons, not built again from the table.
    expect(index.lastBuildMs).toBe(-1)

    const badRid = sqlite.prepare("SELECT rid FROM persons WHERE id = 'b-4'").pluck().get()
    expect([...badIdNumberRids(sqlite)]).toEqual([badRid])
  })
})
