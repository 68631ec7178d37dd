import { afterEach, describe, expect, it } from 'vitest'
import { personLineValues } from '../../../electron/services/packages/export/personLines'
import { PERSON_SCALAR_KEYS, PERSON_SUB_RECORD_KEYS } from '../../../shared/persons/fieldSpecs'
import type { TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, rows, type Offices } from './exchange-fixtures'
import { lineObject, personLineText, type PersonLineForm } from './person-line-forms'
import { resignedWithLines } from './resigned-package'

let o: Offices
afterEach(() => o?.cleanup())

/**
 * The county's plain package with each person line's record changed by `change` (by name)
 * and written in `form`, the manifest's hashes and sizes made to match and signed again with
 * the county's own key: a sender whose app wrote these lines, as far as the city can tell.
 * `change` answers false to leave the record's child lists out: an object without their keys,
 * an array ending before their columns.
 */
function resignedWithPersons(
  county: TestCore,
  plain: Buffer,
  form: PersonLineForm,
  change: (fields: Record<string, unknown>) => boolean | void,
): Buffer {
  return resignedWithLines(county, plain, 'persons', (lines) =>
    lines.map((line) => {
      const row = lineObject(line)
      const fields = row.fields as unknown as Record<string, unknown>
      const withChildren = change(fields) !== false
      if (withChildren) return personLineText(row, form)
      for (const key of PERSON_SUB_RECORD_KEYS) delete fields[key]
      if (form === 'object') return personLineText(row, form)
      return JSON.stringify(personLineValues(row).slice(0, -PERSON_SUB_RECORD_KEYS.length))
    }),
  )
}

describe('person lines as the apply checks them', () => {
  it('reads every field as a plain property: none is a name Object.prototype has', () => {
    for (const key of [...PERSON_SCALAR_KEYS, ...PERSON_SUB_RECORD_KEYS]) {
      expect(key in Object.prototype, key).toBe(false)
    }
  })

  it.each<PersonLineForm>(['object', 'array'])(
    'a field of the wrong type makes the line invalid; absent fields, status and child lists are taken as empty (%s lines)',
    async (form) => {
      o = await offices()
      const { county, city } = o
      for (const [name, seq] of [
        ['张三', '111'],
        ['李四', '112'],
        ['王五', '113'],
        ['赵六', '114'],
        ['钱七', '115'],
      ] as const) {
        await county.ok('persons.create', person({ name, idNumber: validId('1985-03-12', seq) }))
      }
      const plain = Buffer.from((await exportTo(county, { plain: true })).data, 'base64')
      const pkg = resignedWithPersons(county, plain, form, (f) => {
        if (f.name === '张三') f.phone = 13812345678
        if (f.name === '李四') f.seats = null
        if (f.name === '王五') f.tags = 'x'
        if (f.name === '赵六') {
          delete f.status
          delete f.employer
          return false
        }
        // A key this schema does not know, and one named like the prototype: never read (an
        // array line has no column for them).
        if (f.name === '钱七') Object.assign(f, { shoeSize: 42, __proto__x: 1 })
      })

      const r = await city.ok('packages.import', {
        data: pkg.toString('base64'),
        fileName: 'x.xlpkg',
      })
      expect(r.status).toBe('applied')
      expect(r.counts.persons).toMatchObject({ inserted: 2, ignored: 3 })
      expect(r.rows.filter((row) => row.table === 'persons').map((row) => row.kind)).toEqual([
        'invalid',
        'invalid',
        'invalid',
      ])
      expect(rows(city, 'SELECT name, status, employer FROM persons ORDER BY name')).toEqual([
        { name: '赵六', status: '1', employer: null },
        { name: '钱七', status: '1', employer: '华达机械有限公司' },
      ])
      // Searchable at once, as any applied person.
      for (const name of ['赵六', '钱七']) {
        const found = await city.ok('persons.search', { query: name, limit: 50 })
        expect(found.map((p) => p.name)).toEqual([name])
      }
      expect(count(city, 'SELECT count(*) FROM person_fts_tri')).toBe(2)
    },
  )
})
