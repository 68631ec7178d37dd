import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { activityDraft } from '../activity-fixtures'
import { suggestionDraft } from '../suggestion-fixtures'
import { sendUp, type Offices, cityWithTwoCounties } from './exchange-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { ADMIN_PASSWORD, onlyJson, runCli } from '../cli-run'

let o: Offices
afterEach(() => {
  o?.cleanup()
})

const YEAR = { from: '2026-01-01', to: '2026-12-31' }

/** A county's own register: persons of several kinds, held activities, a suggestion. */
async function fillCounty(t: TestCore, n: number, tag: string): Promise<void> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const created = await t.ok(
      'persons.create',
      person({
        name: `${tag}${i}`,
        idNumber: validId(`19${70 + i * 3}-0${(i % 9) + 1}-1${i % 9}`),
        sex: i % 2 ? '1' : '2',
        team: i % 3 === 0 ? '1' : '2',
        education: ['21', '31', '14', '61'][i % 4],
        politicalStatus: ['01', '12', '13', '04'][i % 4],
        categories: [{ code: i % 2 ? '11' : '31' }, ...(i === 0 ? [{ code: '41' }] : [])],
        seats: i % 2 ? [{ body: 'npc', level: i % 4 === 1 ? 'county' : 'city' }] : [],
      }),
    )
    ids.push(created.person.id)
  }
  for (let i = 0; i < n; i++)
    await t.ok(
      'activities.create',
      activityDraft({
        title: `${tag}活动${i}`,
        startDate: `2026-0${i + 1}-15`,
        actualCount: i + 3,
      }),
    )
  await t.ok('suggestions.create', suggestionDraft(ids.slice(0, 1), { submittedOn: '2026-05-01' }))
}

describe('统计 at a city narrowed to one unit', () => {
  it('gives each county its own figures, the city its own, and all of them together by default', async () => {
    const three = await cityWithTwoCounties()
    o = three
    const { county, city, other } = three
    await fillCounty(county, 5, '县')
    await fillCounty(other, 3, '区')
    await city.ok('persons.create', person({ name: '市本级人员', idNumber: validId('1988-08-08') }))
    await city.ok(
      'activities.create',
      activityDraft({ title: '市里的会', startDate: '2026-03-01' }),
    )
    await sendUp(county, city, '330600')
    await sendUp(other, city, '330600')

    const at = (t: TestCore, units?: string[]) =>
      t.ok('statistics.indicators', { period: YEAR, ...(units ? { units } : {}) })
    for (const [below, code] of [
      [county, '330621'],
      [other, '330602'],
    ] as const) {
      const own = await at(below)
      const scoped = await at(city, [code])
      expect(scoped.values).toEqual(own.values)
      expect(scoped.values['persons.total']).toBeGreaterThan(0)
      const ownCharts = await below.ok('statistics.breakdowns', { period: YEAR })
      const scopedCharts = await city.ok('statistics.breakdowns', { period: YEAR, units: [code] })
      expect(scopedCharts).toEqual(ownCharts)
      const ownReport = await below.ok('reports.templates', {})
      const templateId = ownReport.find((x) => x.isDefault)!.id
      const cityTemplate = (await city.ok('reports.templates', {})).find((x) => x.isDefault)!.id
      const mine = await below.ok('reports.compute', { templateId, period: YEAR })
      const theirs = await city.ok('reports.compute', {
        templateId: cityTemplate,
        period: YEAR,
        units: [code],
      })
      expect(theirs.lines).toEqual(mine.lines)
      expect(theirs.unitName).toBe(mine.unitName)
    }

    const all = (await at(city)).values
    const self = (await at(city, ['330600'])).values
    expect(self['persons.total']).toBe(1)
    expect(self['activities.count']).toBe(1)
    expect(all['persons.total']).toBe(5 + 3 + 1)
    expect(all['activities.count']).toBe(5 + 3 + 1)
    expect(all['suggestions.submitted']).toBe(2)
    const both = (await at(city, ['330621', '330602'])).values
    expect(both['persons.total']).toBe(8)
    const none = (await at(city, ['330699'])).values
    expect(Object.values(none).every((v) => v === 0)).toBe(true)

    // The command line narrows the same way.
    const stats = onlyJson(
      (
        await runCli(
          [
            'stats',
            '--data-dir',
            city.dir,
            '--user',
            'admin',
            '--period',
            '2026',
            '--unit',
            '330602',
            '--json',
          ],
          { XINLIAN_PASSWORD: ADMIN_PASSWORD },
        )
      ).stdout,
    ) as { indicators: { id: string; value: number }[] }
    expect(stats.indicators.find((i) => i.id === 'persons.total')!.value).toBe(3)
  }, 120_000)
})
