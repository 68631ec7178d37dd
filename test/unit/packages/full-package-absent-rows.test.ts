import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'
import { count, exportTo, offices, rows, type Offices } from './exchange-fixtures'
import { lineObject } from './person-line-forms'
import { resignedWithLines } from './resigned-package'

let o: Offices
afterEach(() => o?.cleanup())

/** The package with the line of `id` left out of the table's entry, signed again. */
function withoutLine(sender: TestCore, plain: Buffer, table: string, id: string): Buffer {
  return resignedWithLines(sender, plain, table, (lines) => {
    const kept = lines.filter((l) => lineObject(l).id !== id)
    expect(kept.length).toBe(lines.length - 1)
    return kept
  })
}

describe('a full package without rows the receiver holds live from its sender', () => {
  it('makes exactly those rows tombstones, each logged once; the rest stay as they were', async () => {
    o = await offices()
    const { county, city } = o
    const ids: string[] = []
    for (const [i, name] of ['张三', '李四', '王五'].entries()) {
      const p = await county.ok(
        'persons.create',
        person({ name, idNumber: validId('1985-03-12', `11${i}`) }),
      )
      ids.push(p.person.id)
    }
    const kept = await county.ok('organizations.create', { kind: 'association', name: '新联会' })
    const dropped = await county.ok('organizations.create', {
      kind: 'association',
      name: '留学人员联谊会',
    })
    const first = await exportTo(county)
    expect(
      (await city.ok('packages.import', { data: first.data, fileName: first.fileName })).status,
    ).toBe('applied')
    const logged = count(city, 'SELECT count(*) FROM change_log')

    // The same register sent again, its second person and second organization left out.
    const plain = Buffer.from((await exportTo(county, { plain: true })).data, 'base64')
    const second = withoutLine(
      county,
      withoutLine(county, plain, 'persons', ids[1]!),
      'organizations',
      dropped.id,
    )
    const r = await city.ok('packages.import', {
      data: second.toString('base64'),
      fileName: 'x.xlpkg',
    })
    expect(r.status).toBe('applied')
    expect(r.counts.persons).toMatchObject({ inserted: 0, updated: 0, deleted: 1 })
    expect(r.counts.organizations).toMatchObject({ inserted: 0, updated: 0, deleted: 1 })
    expect(
      rows(city, 'SELECT id FROM persons WHERE deleted_at IS NOT NULL').map((p) => p.id),
    ).toEqual([ids[1]])
    expect(count(city, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL')).toBe(2)
    expect(
      rows(city, 'SELECT id FROM organizations WHERE deleted_at IS NOT NULL').map((x) => x.id),
    ).toEqual([dropped.id])
    expect(
      count(
        city,
        'SELECT count(*) FROM organizations WHERE id = ? AND deleted_at IS NULL',
        kept.id,
      ),
    ).toBe(1)
    expect(
      rows(
        city,
        'SELECT table_name, row_id, op FROM change_log WHERE seq > ? ORDER BY seq',
        logged,
      ).filter((c) => c.table_name === 'persons' || c.table_name === 'organizations'),
    ).toEqual([
      { table_name: 'persons', row_id: ids[1], op: 'delete' },
      { table_name: 'organizations', row_id: dropped.id, op: 'delete' },
    ])
    // Out of the search at once, as any person sent to the recycle bin.
    const found = await city.ok('persons.search', { query: '李四', limit: 50 })
    expect(found).toEqual([])
  })
})
