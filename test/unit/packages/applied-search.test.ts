import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('persons applied from a package at the city', () => {
  it('are found by search at once, the binned one not; each logged once with its sender stamp', async () => {
    o = await offices()
    const { county, city } = o
    await county.ok('persons.create', person({ name: '欧阳明华', idNumber: validId('1985-03-12') }))
    const binned = await county.ok(
      'persons.create',
      person({ name: '欧阳明远', idNumber: validId('1990-01-01', '111') }),
    )
    await county.ok('persons.delete', { id: binned.person.id })

    const full = await exportTo(county)
    const applied = await city.ok('packages.import', { data: full.data, fileName: full.fileName })
    expect(applied.status).toBe('applied')

    for (const query of ['欧阳', '明', 'oymh']) {
      const found = await city.ok('persons.search', { query })
      expect(found.map((p) => p.name)).toEqual(['欧阳明华'])
    }
    // The binned person travelled and sits in the city's recycle bin, with the county's stamps.
    const stamps = (sql: string) =>
      city.core.database.sqlite.prepare(sql).all(binned.person.id) as unknown[]
    const [county_] = county.core.database.sqlite
      .prepare('SELECT created_at, updated_at, deleted_at FROM persons WHERE id = ?')
      .all(binned.person.id) as unknown[]
    expect(stamps('SELECT created_at, updated_at, deleted_at FROM persons WHERE id = ?')).toEqual([
      county_,
    ])
    expect(count(city, "SELECT count(*) FROM change_log WHERE table_name = 'persons'")).toBe(2)
    expect(
      stamps(
        'SELECT c.hlc = p.updated_at AS same FROM change_log c JOIN persons p ON p.id = c.row_id WHERE c.row_id = ?',
      ),
    ).toEqual([{ same: 1 }])
    expect(count(city, 'SELECT count(*) FROM person_fts_chars')).toBe(1)
  })
})
