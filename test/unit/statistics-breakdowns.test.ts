import { afterEach, describe, expect, it } from 'vitest'
import { parsePeriod } from '../../shared/statistics/period'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { generateStatisticsData, rewritePerson } from './statistics-fixtures'

let ctx: TestCore | undefined
afterEach(() => {
  ctx?.cleanup()
  ctx = undefined
})

const BAND_OF = (age: number) =>
  age < 35 ? '<35' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+'

describe('statistics.breakdowns', () => {
  it('counts townships, age × sex and months as a count by hand does, adding up to the indicators', async () => {
    const t = (ctx = await makeTestCore())
    await generateStatisticsData(t, 4242)
    const sqlite = t.core.database.sqlite
    const ids = sqlite.prepare('SELECT id FROM persons ORDER BY rid').pluck().all() as string[]
    ids.forEach((id, i) => {
      if (i % 4 !== 3) rewritePerson(sqlite, id, { township: ['001', '002', '003'][i % 4]! })
    })
    const period = parsePeriod('2026Q1')!
    const b = await t.ok('statistics.breakdowns', { period })

    const persons = sqlite
      .prepare(
        "SELECT township, sex, birth_date FROM persons WHERE deleted_at IS NULL AND status = '1'",
      )
      .all() as { township: string | null; sex: string | null; birth_date: string | null }[]
    const towns = new Map<string | null, number>()
    const ages = new Map<string, { male: number; female: number; other: number }>()
    for (const p of persons) {
      towns.set(p.township, (towns.get(p.township) ?? 0) + 1)
      let band = 'unknown'
      if (p.birth_date && p.birth_date.length === 10) {
        const [y, m, d] = p.birth_date.split('-').map(Number) as [number, number, number]
        // Ages on the period's last day, 31 March 2026.
        band = BAND_OF(2026 - y - (m > 3 || (m === 3 && d > 31) ? 1 : 0))
      }
      const row = ages.get(band) ?? { male: 0, female: 0, other: 0 }
      if (p.sex === '1') row.male++
      else if (p.sex === '2') row.female++
      else row.other++
      ages.set(band, row)
    }
    expect(new Map(b.byTownship.map((r) => [r.code, r.count]))).toEqual(towns)
    expect(b.byTownship.map((r) => r.count)).toEqual(
      [...b.byTownship.map((r) => r.count)].sort((x, y) => y - x),
    )
    for (const row of b.ageSex)
      expect(row, row.band).toEqual({
        band: row.band,
        ...(ages.get(row.band) ?? { male: 0, female: 0, other: 0 }),
      })

    const v = (await t.ok('statistics.indicators', { period })).values
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0)
    expect(sum(b.byTownship.map((r) => r.count))).toBe(v['persons.total'])
    expect(b.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(sum(b.months.map((m) => m.count))).toBe(v['activities.count'])
    expect(sum(b.months.map((m) => m.attendance))).toBe(v['activities.attendance'])
    expect(v['activities.count']).toBeGreaterThan(0)

    const last = (await t.ok('statistics.indicators', { period: parsePeriod('2025Q1')! })).values
    expect(b.lastYearMonths.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03'])
    expect(sum(b.lastYearMonths.map((m) => m.count))).toBe(last['activities.count'])

    // Each month alone is that month's indicator.
    const feb = (
      await t.ok('statistics.indicators', { period: parsePeriod('2026-02-01..2026-02-28')! })
    ).values
    expect(b.months[1]).toEqual({
      month: '2026-02',
      count: feb['activities.count'],
      attendance: feb['activities.attendance'],
    })
  })

  it('answers zeros for an empty register, every month of a range across a year end', async () => {
    const t = (ctx = await makeTestCore())
    const b = await t.ok('statistics.breakdowns', {
      period: parsePeriod('2025-11-15..2026-02-01')!,
    })
    expect(b.byTownship).toEqual([])
    expect(b.ageSex.every((r) => r.male + r.female + r.other === 0)).toBe(true)
    expect(b.months.map((m) => [m.month, m.count])).toEqual([
      ['2025-11', 0],
      ['2025-12', 0],
      ['2026-01', 0],
      ['2026-02', 0],
    ])
  })

  it('refuses a period that runs backwards', async () => {
    const t = (ctx = await makeTestCore())
    await expect(
      t.ok('statistics.breakdowns', { period: { from: '2026-02-01', to: '2026-01-01' } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
  })
})
