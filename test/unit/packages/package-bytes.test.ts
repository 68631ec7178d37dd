import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  TRAVELLING_TABLES,
  LOCAL_TABLES,
  PERSON_CHILD_TABLES,
} from '../../../shared/packages/travellingTables'
import { CHILD_TABLES } from '../../../db/repos/personChildren'
import { person, validId } from '../persons-fixtures'
import { exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
let sealed: Buffer
let plain: Buffer
const ID = validId('1985-03-12')
const NAME = '欧阳娜娜'

beforeAll(async () => {
  o = await offices()
  await o.county.ok(
    'persons.create',
    person({ name: NAME, idNumber: ID, employer: '某某科技有限公司' }),
  )
  sealed = Buffer.from((await exportTo(o.county)).data, 'base64')
  plain = Buffer.from((await exportTo(o.county, { plain: true })).data, 'base64')
})
afterAll(() => o?.cleanup())

async function verifies(bytes: Buffer): Promise<boolean> {
  const r = await o.city.core.call(o.city.slot, 'packages.verify', {
    data: bytes.toString('base64'),
  })
  return r.ok
}

describe('package bytes', () => {
  it('the valid packages verify', async () => {
    expect(await verifies(sealed)).toBe(true)
    expect(await verifies(plain)).toBe(true)
  })

  it('any single-byte change of a valid package is refused (sealed and plain)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (useSealed, at, xor) => {
          const original = useSealed ? sealed : plain
          const copy = Buffer.from(original)
          const i = at % copy.length
          copy[i] = copy[i]! ^ xor
          expect(await verifies(copy)).toBe(false)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('an encrypted package holds no name or ID number in plain bytes', async () => {
    for (const needle of [NAME, ID, ID.slice(0, 10), '某某科技']) {
      expect(sealed.includes(Buffer.from(needle, 'utf8')), needle).toBe(false)
    }
    // The same data is in there: the city reads it after decryption.
    const summary = await o.city.ok('packages.verify', { data: sealed.toString('base64') })
    expect(summary.tables.find((t) => t.table === 'persons')!.rows).toBe(1)
  })
})

describe('what travels is declared once', () => {
  it('every table of the database is travelling, a person child, or local', () => {
    const names = (
      o.city.core.database.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content' AND name NOT LIKE 'kysely_%'",
        )
        .pluck()
        .all() as string[]
    ).sort()
    const declared = new Set([
      ...TRAVELLING_TABLES.map((t) => t.table),
      ...PERSON_CHILD_TABLES,
      ...Object.keys(LOCAL_TABLES),
    ])
    expect(names.filter((n) => !declared.has(n))).toEqual([])
    expect([...PERSON_CHILD_TABLES]).toEqual([...CHILD_TABLES])
  })
})
