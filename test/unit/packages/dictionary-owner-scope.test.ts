import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { activityDraft } from '../activity-fixtures'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, office, registerPair } from './exchange-fixtures'

let cores: TestCore[] = []
afterEach(() => {
  for (const t of cores) t.cleanup()
  cores = []
})

/** A county that invents 乡镇 901 and activity type X9 under names of its own, and uses them. */
async function countyWithLocalCodes(
  code: string,
  name: string,
  labels: { township: string; activityType: string },
  personName: string,
): Promise<TestCore> {
  const county = await office(code, name)
  cores.push(county)
  await county.ok('dictionaries.save', { kind: 'township', code: '901', name: labels.township })
  await county.ok('activities.saveType', { code: 'X9', name: labels.activityType })
  await county.ok(
    'persons.create',
    person({ name: personName, idNumber: validId('1980-01-01', code.slice(3)), township: '901' }),
  )
  await county.ok('activities.create', activityDraft({ type: 'X9', title: `${name}的活动` }))
  return county
}

describe('dictionary entries belong to the unit that made them', () => {
  it('two counties each with their own 901 and X9: both apply at the city, each names its own rows, again changes nothing', async () => {
    const city = await office('330600', '示例市委统战部')
    cores.push(city)
    // The city's own 901 and the one it sends down stay its own.
    await city.ok('dictionaries.save', { kind: 'township', code: '901', name: '市本级街道' })
    const east = await countyWithLocalCodes(
      '330621',
      '示例县委统战部',
      { township: '东溪镇', activityType: '东溪读书会' },
      '东人员',
    )
    const west = await countyWithLocalCodes(
      '330602',
      '示例区委统战部',
      { township: '西岭街道', activityType: '西岭茶话会' },
      '西人员',
    )
    await registerPair(east, city)
    await registerPair(west, city)
    const eastPkg = await exportTo(east)
    const westPkg = await exportTo(west)
    for (const pkg of [eastPkg, westPkg]) {
      const applied = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
      expect(applied.status).toBe('applied')
      // Nothing refused as a conflict: each county's codes arrive intact.
      expect(applied.rows.filter((r) => r.kind === 'conflict')).toEqual([])
    }
    expect(
      count(
        city,
        "SELECT count(*) FROM dictionaries WHERE kind = 'township' AND code = '901' AND deleted_at IS NULL",
      ),
    ).toBe(3)

    // Persons: the list names each county's code by that county's entry.
    const list = await city.ok('persons.list', { page: 1, pageSize: 50 })
    const byName = new Map(list.items.map((p) => [p.name, p]))
    expect(byName.get('东人员')).toMatchObject({ township: '901', unitCode: '330621' })
    expect(byName.get('西人员')).toMatchObject({ township: '901', unitCode: '330602' })
    const names = await city.ok('dictionaries.list', { kind: 'township', lowerUnits: true })
    const label = (unitCode: string | undefined) =>
      names.find((e) => e.code === '901' && e.unitCode === unitCode)?.name
    expect(label('330621')).toBe('东溪镇')
    expect(label('330602')).toBe('西岭街道')
    expect(label(undefined)).toBe('市本级街道')
    // What the city offers and edits is its own: the counties' entries are not in its pickers.
    expect(
      (await city.ok('dictionaries.list', { kind: 'township' })).map((e) => [e.code, e.name]),
    ).toEqual([['901', '市本级街道']])

    // Activities name their type by their county's entry.
    const activities = await city.ok('activities.list', { page: 1, pageSize: 20 })
    const typeOf = (title: string) => activities.items.find((a) => a.title === title)?.typeName
    expect(typeOf('示例县委统战部的活动')).toBe('东溪读书会')
    expect(typeOf('示例区委统战部的活动')).toBe('西岭茶话会')
    expect((await city.ok('activities.types', {})).map((e) => e.name)).not.toContain('东溪读书会')

    // The city's person export names them the same way.
    const exported = await city.ok('exports.persons', {
      units: ['330621', '330602'],
      sort: 'name',
      columns: ['name', 'township'],
    })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(exported.data!, 'base64') as unknown as ArrayBuffer)
    const cells: string[] = []
    book.worksheets[0]!.eachRow((row) => cells.push(row.values.toString()))
    expect(cells.find((c) => c.includes('东人员'))).toContain('东溪镇')
    expect(cells.find((c) => c.includes('西人员'))).toContain('西岭街道')

    // The same packages again: nothing changes.
    const before = count(city, 'SELECT count(*) FROM change_log')
    for (const pkg of [eastPkg, westPkg]) {
      const again = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
      expect(again.status).toBe('already-imported')
    }
    expect(count(city, 'SELECT count(*) FROM change_log')).toBe(before)

    // An edit of a county's entry travels in its next package and names only its rows.
    await east.ok('dictionaries.save', { kind: 'township', code: '901', name: '东溪镇（新）' })
    const next = await exportTo(east)
    expect(
      (await city.ok('packages.import', { data: next.data, fileName: next.fileName })).status,
    ).toBe('applied')
    const after = await city.ok('dictionaries.list', { kind: 'township', lowerUnits: true })
    expect(after.filter((e) => e.code === '901').map((e) => [e.unitCode ?? null, e.name])).toEqual(
      expect.arrayContaining([
        ['330621', '东溪镇（新）'],
        ['330602', '西岭街道'],
        [null, '市本级街道'],
      ]),
    )
  })
})
