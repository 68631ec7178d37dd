import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
afterEach(() => t?.cleanup())

describe('persons.clearDemo', () => {
  it('removes every demo person with their search rows and activity links, leaving a loadable register', async () => {
    t = await makeTestCore()
    await t.ok('persons.loadDemo', { scale: 'county', seed: 3 })
    const page = await t.ok('persons.list', { page: 1, pageSize: 3 })
    const activity = await t.ok('activities.create', {
      type: '01',
      title: '演示活动',
      startDate: '2026-05-01',
    })
    await t.ok('participants.add', {
      activityId: activity.id,
      personIds: page.items.map((p) => p.id),
    })
    const someone = page.items[0]!.name

    expect(await t.ok('persons.clearDemo', {})).toEqual({ removed: 5000 })
    expect((await t.ok('persons.count', {})).count).toBe(0)
    expect(await t.ok('persons.search', { query: someone, limit: 5 })).toEqual([])
    expect((await t.ok('participants.list', { activityId: activity.id })).items).toHaveLength(0)
    const db = t.core.database.sqlite
    expect(db.prepare('SELECT count(*) FROM person_categories').pluck().get()).toBe(0)
    expect(
      db
        .prepare(
          "SELECT count(*) FROM audit_log WHERE action = 'persons.clearDemo' AND result = 'ok'",
        )
        .pluck()
        .get(),
    ).toBe(1)
    // Real data can be entered, and demo data loaded again on an empty register.
    expect((await t.ok('persons.loadDemo', { scale: 'county', seed: 4 })).inserted).toBe(5000)
  })

  it('leaves real persons alone', async () => {
    t = await makeTestCore()
    await t.ok('persons.create', { name: '真实人员' } as never)
    expect(await t.ok('persons.clearDemo', {})).toEqual({ removed: 0 })
    expect((await t.ok('persons.count', {})).count).toBe(1)
  })
})
