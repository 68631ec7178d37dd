import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('county → city through the handlers', () => {
  it('full, again, edit + delete, incremental, receipts', async () => {
    o = await offices()
    const { county, city } = o
    const a = await county.ok(
      'persons.create',
      person({ name: '张三', idNumber: validId('1985-03-12') }),
    )
    const b = await county.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
    )

    const full = await exportTo(county)
    expect(full.encrypted).toBe(true)
    const first = await city.ok('packages.import', { data: full.data, fileName: full.fileName })
    expect(first.status).toBe('applied')
    expect(first.counts.persons!.inserted).toBe(2)
    expect(count(city, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL')).toBe(2)
    const cityPerson = await city.ok('persons.get', { id: a.person.id })
    expect(cityPerson.ownedHere).toBe(false)

    const changesBefore = count(city, 'SELECT count(*) FROM change_log')
    const again = await city.ok('packages.import', { data: full.data, fileName: full.fileName })
    expect(again.status).toBe('already-imported')
    expect(again.reason).toMatch(/^已于 .* 由 admin 导入，未作任何更改$/)
    expect(count(city, 'SELECT count(*) FROM change_log')).toBe(changesBefore)

    const receipt = await county.ok('packages.importReceipt', { text: first.receipt!.signedText })
    expect(receipt.status).toBe('received')
    expect(first.rows).toEqual([])

    await county.ok('persons.update', { id: a.person.id, employer: '某某律师事务所' })
    await county.ok('persons.delete', { id: b.person.id })
    const inc = await exportTo(county, { kind: 'incremental' })
    const second = await city.ok('packages.import', { data: inc.data, fileName: inc.fileName })
    expect(second.status).toBe('applied')
    expect(second.counts.persons).toMatchObject({ updated: 1, deleted: 1 })
    expect((await city.ok('persons.get', { id: a.person.id })).employer).toBe('某某律师事务所')
    expect(count(city, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL')).toBe(1)

    await county.ok('packages.importReceipt', { text: second.receipt!.signedText })
    const list = await county.ok('packages.list', {})
    expect(list.map((p) => p.status)).toEqual(['received', 'received'])
  })

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
