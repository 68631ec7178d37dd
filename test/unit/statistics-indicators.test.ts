import type BetterSqlite3 from 'better-sqlite3'
import type { ActivitiesTable } from '../../db/schema'
import { afterEach, describe, expect, it } from 'vitest'
import { INDICATORS } from '../../shared/statistics/indicators'
import { parsePeriod, type Period } from '../../shared/statistics/period'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { generateStatisticsData, rewritePerson, stampAt } from './statistics-fixtures'
import { createPersons } from './activity-fixtures'
import { suggestionDraft } from './suggestion-fixtures'

let ctx: TestCore | undefined
afterEach(() => {
  ctx?.cleanup()
  ctx = undefined
})

const LEVELS = ['national', 'province', 'city', 'county', 'township']

/**
 * Every indicator counted a second way, straight from the raw tables in plain JS, sharing
 * nothing with the engine (no list index, no code helpers): the two must agree.
 */
function countByHand(sqlite: BetterSqlite3.Database, p: Period): Record<string, number> {
  const out: Record<string, number> = {}
  const add = (id: string, n = 1) => (out[id] = (out[id] ?? 0) + n)
  const persons = sqlite.prepare('SELECT * FROM persons WHERE deleted_at IS NULL').all() as Record<
    string,
    string | null
  >[]
  const cats = sqlite.prepare('SELECT person_rid, code FROM person_categories').all() as {
    person_rid: number
    code: string
  }[]
  const seats = sqlite.prepare('SELECT person_rid, body, level FROM person_seats').all() as {
    person_rid: number
    body: string
    level: string | null
  }[]
  const ageDay = p.to
  let ageSum = 0
  let aged = 0
  for (const x of persons) {
    const rid = Number(x.rid)
    const ms = Number(x.created_at!.slice(0, 13))
    const day = new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)
    if (day >= p.from && day <= p.to) add('persons.added')
    if (
      ['2', '3', '4'].includes(x.status!) &&
      x.status_date &&
      x.status_date >= p.from &&
      x.status_date <= p.to
    )
      add('persons.exits')
    if (x.status !== '1') continue
    add('persons.total')
    const mine = cats.filter((c) => c.person_rid === rid).map((c) => c.code)
    for (const c of mine) add(`persons.category.${c}`)
    for (const g of new Set(mine.map((c) => c[0]))) add(`persons.group.${g}`)
    if (x.team === '1' || x.team === '2') add(`persons.team.${x.team}`)
    const seatsOf = seats.filter((s) => s.person_rid === rid)
    for (const body of new Set(seatsOf.map((s) => s.body))) add(`persons.${body}`)
    for (const key of new Set(seatsOf.map((s) => `${s.body}.${s.level}`))) add(`persons.${key}`)
    if (x.sex === '1' || x.sex === '2') add(`persons.sex.${x.sex}`)
    const pol = x.political_status
    const party =
      pol === '01' || pol === '02'
        ? 'cpc'
        : ['04', '05', '06', '07', '08', '09', '10', '11'].includes(pol ?? '')
          ? 'democratic'
          : pol === '12'
            ? 'nonparty'
            : pol === '13'
              ? 'masses'
              : 'other'
    add(`persons.party.${party}`)
    const edu = x.education
    add(
      `persons.education.${!edu ? 'unknown' : edu < '20' ? 'postgraduate' : edu < '30' ? 'bachelor' : edu < '40' ? 'college' : 'below'}`,
    )
    const b = x.birth_date
    if (!b) add('persons.age.unknown')
    else {
      const age =
        Number(ageDay.slice(0, 4)) - Number(b.slice(0, 4)) - (ageDay.slice(5) < b.slice(5) ? 1 : 0)
      add(`persons.age.${age < 35 ? '<35' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+'}`)
      ageSum += age
      aged++
    }
  }
  out['persons.averageAge'] = aged ? Math.round((ageSum / aged) * 10) / 10 : 0
  out['persons.netChange'] = (out['persons.added'] ?? 0) - (out['persons.exits'] ?? 0)

  const activities = sqlite.prepare('SELECT * FROM activities').all() as ActivitiesTable[]
  const present = sqlite
    .prepare(
      "SELECT activity_id FROM participants WHERE deleted_at IS NULL AND attendance = 'present'",
    )
    .pluck()
    .all() as string[]
  let fenDonated = 0
  let fenGoods = 0
  let hours = 0
  let days = 0
  for (const a of activities) {
    const start = a.start_date
    if (a.deleted_at !== null || a.status !== 'held' || start < p.from || start > p.to) continue
    const came = a.actual_count ?? present.filter((id) => id === a.id).length
    const type = a.type
    add('activities.count')
    add('activities.attendance', came)
    add(`activities.type.${type}.count`)
    add(`activities.type.${type}.attendance`, came)
    fenDonated += a.donation_fen ?? 0
    fenGoods += a.goods_fen ?? 0
    hours += a.volunteer_hours ?? 0
    add('service.beneficiaries', a.beneficiaries ?? 0)
    if (type === '05' || type === '10') {
      add('service.count')
      add('service.experts', came)
    }
    if (type === '06') {
      add('trainings.count')
      add('trainings.attendance', came)
      days += a.training_days ?? 0
      if (a.training_level) {
        add(`trainings.${a.training_level}.count`)
        add(`trainings.${a.training_level}.attendance`, came)
      }
    }
  }
  out['activities.donations'] = Math.round(fenDonated / 10_000) / 100
  out['activities.goods'] = Math.round(fenGoods / 10_000) / 100
  out['activities.volunteerHours'] = hours
  out['trainings.days'] = days
  for (const d of INDICATORS) out[d.id] ??= 0
  return out
}

describe('indicators', () => {
  it('agree with a count by hand over the raw tables, for years, quarters and a custom range', async () => {
    const t = (ctx = await makeTestCore())
    await generateStatisticsData(t, 20261)
    const sqlite = t.core.database.sqlite
    // Ended periods: ages are taken on the last day, whatever today is.
    for (const text of ['2025', '2026', '2026Q1', '2026Q4', '2025-12-31..2026-01-01']) {
      const period = parsePeriod(text)!
      const r = await t.ok('statistics.indicators', { period })
      expect(r.values, text).toEqual(countByHand(sqlite, period))
    }
    // The data reaches every kind of figure, so agreement is not agreement on zeros.
    const r = await t.ok('statistics.indicators', { period: parsePeriod('2026')! })
    for (const id of [
      'persons.total',
      'persons.added',
      'persons.exits',
      'persons.npc',
      'activities.count',
      'trainings.count',
      'service.count',
      'activities.donations',
    ])
      expect(r.values[id], id).toBeGreaterThan(0)
  })

  it('put the year boundary, a person leaving mid-year and a training over two months in the right period', async () => {
    const t = (ctx = await makeTestCore())
    const sqlite = t.core.database.sqlite
    const make = async (name: string) => (await t.ok('persons.create', { name })).person.id
    const lastInstantOf2025 = await make('年末甲')
    const firstInstantOf2026 = await make('年初乙')
    const leaver = await make('离开丙')
    // Beijing 2025-12-31 23:59:59.999 and 2026-01-01 00:00:00.
    rewritePerson(sqlite, lastInstantOf2025, { created_at: stampAt('2025-12-31T15:59:59.999Z') })
    rewritePerson(sqlite, firstInstantOf2026, { created_at: stampAt('2025-12-31T16:00:00.000Z') })
    rewritePerson(sqlite, leaver, {
      created_at: stampAt('2025-05-01T02:00:00Z'),
      status: '2',
      status_date: '2026-06-30',
    })
    await t.ok('activities.create', {
      type: '06',
      title: '跨月培训',
      status: 'held',
      startDate: '2026-01-30',
      endDate: '2026-02-02',
      trainingDays: 4,
      trainingLevel: 'county',
    })
    await t.ok('activities.create', {
      type: '06',
      title: '跨年培训',
      status: 'held',
      startDate: '2025-12-31',
      endDate: '2026-01-02',
      trainingDays: 3,
    })
    const of = async (text: string) =>
      (await t.ok('statistics.indicators', { period: parsePeriod(text)! })).values
    const y2025 = await of('2025')
    const y2026 = await of('2026')
    expect([y2025['persons.added'], y2026['persons.added']]).toEqual([2, 1])
    expect([y2025['persons.exits'], y2026['persons.exits']]).toEqual([0, 1])
    expect(y2026['persons.total']).toBe(2)
    expect(y2026['persons.netChange']).toBe(0)
    expect([y2025['trainings.count'], y2026['trainings.count']]).toEqual([1, 1])
    expect([y2025['trainings.days'], y2026['trainings.days']]).toEqual([3, 4])
    const jan = await of('2026-01-01..2026-01-31')
    const feb = await of('2026-02-01..2026-02-28')
    expect([jan['trainings.count'], feb['trainings.count'], jan['trainings.county.count']]).toEqual(
      [1, 0, 1],
    )
  })

  it('read zeros on an empty database', async () => {
    const t = (ctx = await makeTestCore())
    const r = await t.ok('statistics.indicators', { period: parsePeriod('2026')! })
    expect(Object.keys(r.values).sort()).toEqual(INDICATORS.map((d) => d.id).sort())
    expect(Object.values(r.values).every((v) => v === 0)).toBe(true)
    expect(r.unavailable).toEqual([])
  })

  it('count suggestions of the period once each, at the highest level that adopted them', async () => {
    const t = (ctx = await makeTestCore())
    const [a, b] = await createPersons(t, 2, (i) => ({ name: ['王建国', '李晓梅'][i]! }))
    const adoption = (level: string, adoptedOn: string) => ({
      body: '采用单位',
      level: level as 'city',
      adoptedOn,
      how: 'adopted' as const,
    })
    // Counted by hand: three in 2026 (one adopted by county and province, one by the city
    // with a 批示, one not adopted), one on 31 Dec 2025 that belongs to the year before.
    const made = [
      suggestionDraft([a!], {
        submittedOn: '2026-01-01',
        adoptions: [adoption('county', '2026-02-01'), adoption('province', '2026-03-01')],
      }),
      suggestionDraft([a!, b!], {
        submittedOn: '2026-06-30',
        adoptions: [adoption('city', '2026-07-01')],
        instructions: [{ leader: '市委书记', level: 'city', instructedOn: '2026-07-02' }],
      }),
      suggestionDraft([b!], { submittedOn: '2026-12-31' }),
      suggestionDraft([b!], { submittedOn: '2025-12-31' }),
    ]
    let points2026 = 0
    for (const draft of made) {
      const s = await t.ok('suggestions.create', draft)
      if (draft.submittedOn.startsWith('2026')) points2026 += s.score
    }
    const r = await t.ok('statistics.indicators', { period: parsePeriod('2026')! })
    expect(r.unavailable).toEqual([])
    expect(
      [
        'suggestions.submitted',
        'suggestions.adopted',
        'suggestions.adopted.county',
        'suggestions.adopted.city',
        'suggestions.adopted.province',
        'suggestions.adopted.national',
        'suggestions.instructed',
        'suggestions.points',
      ].map((id) => r.values[id]),
    ).toEqual([3, 2, 0, 1, 1, 0, 1, points2026])
    const ledger = await t.ok('suggestions.scores', { year: 2026 })
    expect(ledger.figures.submitted).toBe(3)
    expect(ledger.figures.points).toBe(points2026)
  })

  it('give every indicator a Chinese name, a unit and a definition that says what is counted', () => {
    const ids = new Set<string>()
    for (const d of INDICATORS) {
      expect(ids.has(d.id), d.id).toBe(false)
      ids.add(d.id)
      expect(d.name).toMatch(/[\u4e00-\u9fff]/)
      expect(d.unit).toMatch(/[\u4e00-\u9fff]/)
      expect(d.definition.length, d.id).toBeGreaterThan(10)
    }
    for (const l of LEVELS) expect(ids.has(`persons.npc.${l}`)).toBe(true)
  })
})
