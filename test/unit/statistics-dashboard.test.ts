import { afterEach, describe, expect, it } from 'vitest'
import { localToday } from '../../shared/dates/calendar'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { validId } from './persons-fixtures'
import { rewritePerson, stampAt } from './statistics-fixtures'

let ctx: TestCore | undefined
afterEach(() => {
  ctx?.cleanup()
  ctx = undefined
})

describe('statistics.dashboard', () => {
  it('gives figures that equal the count of the list each one opens', async () => {
    const t = (ctx = await makeTestCore())
    const sqlite = t.core.database.sqlite
    const year = Number(localToday().slice(0, 4))
    const mk = async (name: string, extra: object = {}) =>
      (await t.ok('persons.create', { name, ...extra })).person.id
    await mk('有类别', { categories: [{ code: '11' }], idNumber: validId('1980-01-02') })
    const noCat = await mk('无类别')
    const badId = await mk('错号码', { categories: [{ code: '21' }] })
    const old = await mk('久未更新', { categories: [{ code: '31' }] })
    const left = await mk('已退出', { categories: [{ code: '31' }] })
    // A typo in the last digit, as rosters typed by hand have.
    const good = validId('1979-05-06')
    sqlite
      .prepare('UPDATE persons SET id_number = ? WHERE id = ?')
      .run(good.slice(0, 17) + (good[17] === '1' ? '2' : '1'), badId)
    rewritePerson(sqlite, old, {
      created_at: stampAt(`${year - 3}-02-01T00:00:00Z`),
      updated_at: stampAt(`${year - 3}-02-01T00:00:00Z`),
    })
    rewritePerson(sqlite, left, { status: '2', status_date: `${year}-01-15` })
    void noCat
    await t.ok('activities.create', {
      type: '06',
      title: '培训班',
      status: 'held',
      startDate: `${year}-01-10`,
    })
    await t.ok('activities.create', {
      type: '01',
      title: '学习会',
      status: 'held',
      startDate: `${year}-01-11`,
    })
    await t.ok('activities.create', {
      type: '01',
      title: '去年的',
      status: 'held',
      startDate: `${year - 1}-05-01`,
    })
    await t.ok('activities.create', {
      type: '01',
      title: '下次活动',
      status: 'planned',
      startDate: `${year + 1}-03-01`,
    })

    const d = await t.ok('statistics.dashboard', {})
    const v = d.thisYear.values
    expect(v['persons.total']).toBe(4)
    expect(v['persons.total']).toBe((await t.ok('persons.count', { statuses: ['1'] })).count)
    const recorded = { recordedFrom: `${year}-01-01`, recordedTo: `${year}-12-31` }
    expect(v['persons.added']).toBe(4)
    expect(v['persons.added']).toBe((await t.ok('persons.count', recorded)).count)
    expect(v['persons.exits']).toBe(1)
    expect(v['activities.count']).toBe(2)
    expect(v['activities.count']).toBe(
      (await t.ok('activities.list', { year, status: 'held' })).total,
    )
    expect(v['trainings.count']).toBe(
      (await t.ok('activities.list', { year, status: 'held', type: '06' })).total,
    )
    expect(d.lastYear.values['activities.count']).toBe(1)
    expect(d.quality).toEqual({ noCategory: 1, badIdNumber: 1, stale: 1 })
    for (const q of ['noCategory', 'badIdNumber', 'stale'] as const) {
      const page = await t.ok('persons.list', { quality: q })
      expect(page.total).toBe(d.quality[q])
    }
    expect((await t.ok('persons.list', { quality: 'badIdNumber' })).items[0]!.name).toBe('错号码')
    expect((await t.ok('persons.list', { quality: 'stale' })).items[0]!.name).toBe('久未更新')
    expect(d.upcoming.map((a) => a.title)).toEqual(['下次活动'])
  })

  it('keeps the bad-check-digit count true across edits without reading every ID number again', async () => {
    const t = (ctx = await makeTestCore())
    const sqlite = t.core.database.sqlite
    const good = validId('1979-05-06')
    const typo = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    const a = (await t.ok('persons.create', { name: '甲', idNumber: validId('1980-01-02') })).person
    const b = (await t.ok('persons.create', { name: '乙' })).person
    const c = (await t.ok('persons.create', { name: '丙' })).person
    // As an import writes a row it could not correct: the row and its change_log line.
    const logged = (id: string, idNumber: string) => {
      sqlite.prepare('UPDATE persons SET id_number = ? WHERE id = ?').run(idNumber, id)
      sqlite
        .prepare(
          `INSERT INTO change_log (table_name, row_id, op, hlc, site_id)
           SELECT 'persons', id, 'update', updated_at, site_id FROM persons WHERE id = ?`,
        )
        .run(id)
    }
    const bad = async () => (await t.ok('statistics.dashboard', {})).quality.badIdNumber
    const listed = async () =>
      (await t.ok('persons.list', { quality: 'badIdNumber' })).items.map((p) => p.name).sort()

    logged(b.id, typo)
    expect(await bad()).toBe(1)
    logged(c.id, typo.toLowerCase().replace(/.$/, 'x'))
    expect(await bad()).toBe(2)
    expect(await listed()).toEqual(['丙', '乙'])
    // Corrected through the app; an activity moves change_log without touching a person.
    await t.ok('persons.update', { id: b.id, idNumber: validId('1990-03-04') })
    await t.ok('activities.create', {
      type: '01',
      title: '学习会',
      status: 'held',
      startDate: '2026-01-11',
    })
    expect(await bad()).toBe(1)
    expect(await listed()).toEqual(['丙'])
    // Only the persons change_log names are read again: a row changed behind its back (no
    // log line, which no write path does) is seen at the next full pass, not at this one.
    sqlite.prepare('UPDATE persons SET id_number = ? WHERE id = ?').run(typo, a.id)
    await t.ok('activities.create', {
      type: '01',
      title: '座谈会',
      status: 'held',
      startDate: '2026-01-12',
    })
    expect(await bad()).toBe(1)
    sqlite.prepare('UPDATE persons SET id_number = ? WHERE id = ?').run(validId('1980-01-02'), a.id)
    await t.ok('persons.delete', { id: c.id })
    expect(await bad()).toBe(0)
    // A row gone from the table entirely (its rid may be given again): counted afresh.
    logged(a.id, typo)
    expect(await bad()).toBe(1)
    sqlite.prepare('DELETE FROM persons WHERE id = ?').run(a.id)
    sqlite
      .prepare(
        `INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('persons', ?, 'delete', 'x', 'x')`,
      )
      .run(a.id)
    expect(await bad()).toBe(0)
  })

  it('answers an empty database with zeros and empty lists', async () => {
    const t = (ctx = await makeTestCore())
    const d = await t.ok('statistics.dashboard', {})
    expect(Object.values(d.thisYear.values).every((n) => n === 0)).toBe(true)
    expect(d.upcoming).toEqual([])
    expect(d.recentImports).toEqual([])
    expect(d.quality).toEqual({ noCategory: 0, badIdNumber: 0, stale: 0 })
  })
})
