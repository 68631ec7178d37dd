import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { activityDraft } from '../activity-fixtures'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { count, exportTo, office, registerPair } from './exchange-fixtures'
import { dictionaryLookups } from '../../../renderer/src/pages/persons/common/dictionaryStore'
import { townshipChart } from '../../../renderer/src/pages/statistics/overview/townshipChart'
import { organizationItems } from '../../../renderer/src/pages/organizations/organizationItems'
import { pickerColumns } from '../../../renderer/src/pages/activities/picking/PersonSearchPicker'

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
  await county.ok('organizations.create', {
    kind: 'association',
    name: `${name}新联会`,
    township: '901',
  })
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

  it('the township chart, an organization and the person picker at the city name each county’s 901 by that county’s entry', async () => {
    const city = await office('330600', '示例市委统战部')
    cores.push(city)
    await city.ok('dictionaries.save', { kind: 'township', code: '901', name: '市本级街道' })
    const counties = [
      await countyWithLocalCodes(
        '330621',
        '示例县委统战部',
        { township: '东溪镇', activityType: '东溪读书会' },
        '东人员',
      ),
      await countyWithLocalCodes(
        '330602',
        '示例区委统战部',
        { township: '西岭街道', activityType: '西岭茶话会' },
        '西人员',
      ),
    ]
    for (const county of counties) {
      await registerPair(county, city)
      const pkg = await exportTo(county)
      const applied = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
      expect(applied.status).toBe('applied')
    }
    // What the renderer's lookups hold at the city: its own entries and the counties'.
    const dict = dictionaryLookups(
      await city.ok('dictionaries.list', { includeDisabled: true, lowerUnits: true }),
    )

    // 统计: each county's 901 is a bar of its own, under its own name.
    const period = { from: '2026-01-01', to: '2026-12-31' }
    const breakdowns = await city.ok('statistics.breakdowns', { period })
    expect(
      breakdowns.byTownship
        .filter((r) => r.code === '901')
        .map((r) => [r.unitCode, r.count])
        .sort(),
    ).toEqual([
      ['330602', 1],
      ['330621', 1],
    ])
    const chart = townshipChart(
      {
        report: await city.ok('statistics.indicators', { period, ids: ['persons.total'] }),
        breakdowns,
        periodText: '2026',
      },
      (code, unitCode) => dict.name('township', code, unitCode) ?? code,
      () => undefined,
    )
    const chartNames = chart.table.rows.map((r) => r.name)
    expect(chartNames).toEqual(expect.arrayContaining(['东溪镇', '西岭街道']))
    expect(chartNames).not.toContain('市本级街道')

    // An organization's page: the township of its own county.
    const orgs = await city.ok('organizations.tree', {})
    const townshipOf = async (name: string) => {
      const o = await city.ok('organizations.get', { id: orgs.find((x) => x.name === name)!.id })
      return organizationItems(o, dict).find((i) => i.key === 'township')?.children
    }
    expect(await townshipOf('示例县委统战部新联会')).toBe('东溪镇')
    expect(await townshipOf('示例区委统战部新联会')).toBe('西岭街道')

    // The person picker of an activity: each found person's township as their county names it.
    const column = pickerColumns(dict).find((c) => 'dataIndex' in c && c.dataIndex === 'township')!
    for (const [query, expected] of [
      ['东人员', '东溪镇'],
      ['西人员', '西岭街道'],
    ] as const) {
      const found = await city.ok('persons.search', { query, limit: 50 })
      const row = found.find((p) => p.name === query)!
      expect(row.township).toBe('901')
      expect(column.render!(row.township, row, 0)).toBe(expected)
    }
  })
})
