import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, rows, type Offices } from './exchange-fixtures'
import { lineObject, personLineText } from './person-line-forms'
import { resignedWithLines } from './resigned-package'

let o: Offices
afterEach(() => o?.cleanup())

describe('a person line twice in one package', () => {
  it('into a city holding no person yet: the later line updates the row the first wrote', async () => {
    o = await offices()
    const { county, city } = o
    await county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
    await county.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
    )
    const plain = Buffer.from((await exportTo(county, { plain: true })).data, 'base64')
    const pkg = resignedWithLines(county, plain, 'persons', (lines) => {
      const first = lineObject(lines[0]!)
      // The same person, changed a millisecond later by the same sender.
      const [ms, counter] = first.updated_at.split('-') as [string, string]
      const later = {
        ...first,
        updated_at: `${Number(ms) + 1}-${counter}`,
        fields: { ...first.fields, name: '张三丰' },
      }
      return [...lines, personLineText(later, 'array')]
    })
    expect(count(city, 'SELECT count(*) FROM persons')).toBe(0)

    const r = await city.ok('packages.import', {
      data: pkg.toString('base64'),
      fileName: 'x.xlpkg',
    })
    expect(r.status).toBe('applied')
    expect(r.counts.persons).toMatchObject({ inserted: 2, updated: 1 })
    expect(rows(city, 'SELECT name FROM persons ORDER BY name')).toEqual([
      { name: '张三丰' },
      { name: '李四' },
    ])
    expect(count(city, 'SELECT count(*) FROM person_fts_tri')).toBe(2)
    // Indexed once each (both work at 华达机械有限公司).
    const indexed = (q: string) =>
      rows(city, 'SELECT rowid FROM person_fts_tri WHERE person_fts_tri MATCH ?', q).length
    expect([indexed('"张三丰"'), indexed('"华达机"')]).toEqual([1, 2])
    const found = await city.ok('persons.search', { query: '张三丰', limit: 50 })
    expect(found.map((p) => p.name)).toEqual(['张三丰'])
    // Both inserts logged (one run of two rids) before the update of the one that came twice.
    const zhang = rows(city, "SELECT id FROM persons WHERE name = '张三丰'")[0]!.id
    expect(
      rows(
        city,
        `SELECT c.row_id, c.op, r.run_last - r.run_first + 1 AS persons FROM change_log c
           LEFT JOIN change_log_runs r ON r.seq = c.seq WHERE c.table_name = 'persons' ORDER BY c.seq`,
      ),
    ).toEqual([
      { row_id: zhang, op: 'insert', persons: 2 },
      { row_id: zhang, op: 'update', persons: null },
    ])
  })
})
