import { afterEach, describe, expect, it } from 'vitest'
import { HELD_ACTIVITIES } from '../../electron/services/statistics/activityStatistics'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
afterEach(() => t?.cleanup())

/** A valid ID number for a birth date and sex digit (check digit computed). */
function id(birth: string, seq: string): string {
  const body = `330624${birth}${seq}`
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0)
  return body + '10X98765432'[sum % 11]!
}

describe('statistics', () => {
  it('counts persons by category, team, age band, sex and seat, overlapping categories included', async () => {
    t = await makeTestCore()
    const today = new Date()
    const y = today.getFullYear()
    await t.ok('persons.create', {
      name: '张一',
      idNumber: id(`${y - 30}0101`, '011'),
      categories: [{ code: '11' }, { code: '41' }],
      team: '1',
      seats: [{ body: 'npc', level: 'county' }],
    } as never)
    await t.ok('persons.create', {
      name: '李二',
      idNumber: id(`${y - 50}0101`, '022'),
      categories: [{ code: '21' }],
      team: '2',
    } as never)
    await t.ok('persons.create', { name: '王三', categories: [{ code: '21' }] } as never)
    const deleted = await t.ok('persons.create', {
      name: '赵四',
      categories: [{ code: '31' }],
    } as never)
    await t.ok('persons.delete', { id: deleted.person.id })

    const s = await t.ok('statistics.persons', {})
    expect(s.total).toBe(3)
    expect(Object.fromEntries(s.byCategory.map((c) => [c.code, c.count]))).toMatchObject({
      '11': 1,
      '21': 2,
      '31': 0,
      '41': 1,
    })
    expect(s.byTeam).toEqual(
      expect.arrayContaining([
        { code: '1', count: 1 },
        { code: '2', count: 1 },
        { code: null, count: 1 },
      ]),
    )
    expect(Object.fromEntries(s.byAgeBand.map((b) => [b.band, b.count]))).toMatchObject({
      '<35': 1,
      '45-54': 1,
      unknown: 1,
    })
    expect(s.bySex).toEqual(
      expect.arrayContaining([
        { code: '1', count: 1 },
        { code: '2', count: 1 },
      ]),
    )
    expect(s.seats).toEqual({ npc: 1, cppcc: 0 })
    expect(s.averageAge).toBeGreaterThanOrEqual(39)
    expect(s.averageAge).toBeLessThanOrEqual(40)
  })

  it('counts held activities, their attendance and trainings by month; plans and other years stay out', async () => {
    t = await makeTestCore()
    const people = await Promise.all(
      ['甲', '乙', '丙'].map(
        async (n) => (await t.ok('persons.create', { name: `测试${n}` } as never)).person.id,
      ),
    )
    const held = await t.ok('activities.create', {
      type: '06',
      title: '三月培训',
      status: 'held',
      startDate: '2026-03-10',
    })
    await t.ok('participants.add', { activityId: held.id, personIds: people })
    await t.ok('participants.markBySeq', { activityId: held.id, text: '1-2' })
    await t.ok('activities.create', {
      type: '01',
      title: '五月学习',
      status: 'held',
      startDate: '2026-05-02',
    })
    await t.ok('activities.create', {
      type: '01',
      title: '计划中的',
      status: 'planned',
      startDate: '2026-05-20',
    })
    await t.ok('activities.create', {
      type: '01',
      title: '去年的',
      status: 'held',
      startDate: '2025-05-20',
    })

    const s = await t.ok('statistics.activities', { year: 2026 })
    expect(s.activitiesByMonth).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    expect(s.attendanceByMonth[2]).toBe(2)
    expect(s.trainings).toBe(1)
  })

  it('counts an activity’s 人次 from the index of present participants, not their rows', async () => {
    t = await makeTestCore()
    const plan = t.core.database.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${HELD_ACTIVITIES}`)
      .all('2026-01-01', '2027-01-01') as { detail: string }[]
    expect(plan.map((r) => r.detail)).toContainEqual(
      expect.stringMatching(
        /^SEARCH p USING (COVERING )?INDEX participants_present \(activity_id=\?\)$/,
      ),
    )
  })
})
