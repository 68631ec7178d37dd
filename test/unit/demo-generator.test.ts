import { afterEach, describe, expect, it } from 'vitest'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import { uuidv7Batch } from '../../electron/services/demo/uuidBatch'
import { CATEGORIES } from '../../shared/codes/categories'
import { checkIdNumber } from '../../shared/idcard/checkIdNumber'
import { UUID_PATTERN, uuidv7 } from '../../shared/ids/uuidv7'
import { namePinyin } from '../../shared/persons/searchKeys'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { callError, person, sessionAs } from './persons-fixtures'

let t: TestCore | undefined
afterEach(() => {
  t?.cleanup()
  t = undefined
})

const take = (seed: number, count: number) => [
  ...generatePersons({ seed, count, unitCode: '330621' }),
]

describe('demo generator', () => {
  it('is deterministic by seed', () => {
    expect(take(5, 200)).toEqual(take(5, 200))
    expect(take(6, 200).map((p) => p.name)).not.toEqual(take(5, 200).map((p) => p.name))
  })

  it('makes realistic persons with valid, unique ID numbers of the unit and its neighbours', () => {
    const people = take(11, 20_000)
    const ids = new Set<string>()
    let own = 0
    for (const p of people) {
      const check = checkIdNumber(p.idNumber!)
      expect(check.status).toBe('valid')
      expect(check.birthDate).toBe(p.birthDate)
      expect(check.sex).toBe(p.sex)
      expect(p.birthDate! >= '1960-01-01' && p.birthDate! <= '2000-12-31').toBe(true)
      expect(p.idNumber!.slice(0, 4)).toBe('3306')
      if (p.idNumber!.startsWith('330621')) own++
      ids.add(p.idNumber!)
      expect(p.phone).toMatch(/^1[3-9]\d{9}$/)
      expect(p.categories.length).toBeGreaterThan(0)
      for (const c of p.categories) expect(CATEGORIES.map((x) => x.code)).toContain(c.code)
      expect([...p.name.slice(0, 1)].length).toBe(1)
    }
    expect(ids.size).toBe(people.length)
    expect(own / people.length).toBeGreaterThan(0.8)
    const share = (code: string) =>
      people.filter((p) => p.categories.some((c) => c.code === code)).length / people.length
    expect(share('11')).toBeGreaterThan(share('41'))
    expect(share('41')).toBeGreaterThan(share('12'))
    const surnames = new Set(people.map((p) => p.name[0]))
    for (const s of ['曾', '单', '解', '区', '仇']) expect(surnames).toContain(s)
    expect(people.some((p) => /[\u{20000}-\u{3FFFF}]/u.test(p.name))).toBe(true)
    expect(people.some((p) => p.name.includes('䶮') || /[\u3400-\u4DBF]/.test(p.name))).toBe(true)
    expect(people.some((p) => p.seats.some((s) => s.body === 'cppcc'))).toBe(true)
    const zeng = people.find((p) => p.name.startsWith('曾'))!
    expect(namePinyin(zeng.name).full.startsWith('zeng')).toBe(true)
  })
})

describe('persons.loadDemo', () => {
  it('loads the county scale as demo rows, with a township dictionary, searchable and listed', async () => {
    t = await makeTestCore()
    const operator = await sessionAs(t, 'operator')
    expect((await callError(t, 'persons.loadDemo', { scale: 'county' }, operator)).code).toBe(
      'FORBIDDEN',
    )
    const result = await t.ok('persons.loadDemo', { scale: 'county', seed: 3 })
    expect(result.inserted).toBe(5000)
    const db = t.core.database.sqlite
    expect(db.prepare('SELECT count(*) FROM persons WHERE is_demo = 1').pluck().get()).toBe(5000)
    expect(
      db.prepare("SELECT count(*) FROM change_log WHERE table_name = 'persons'").pluck().get(),
    ).toBe(5000)
    expect(db.prepare('SELECT count(*) FROM person_fts_chars').pluck().get()).toBe(5000)
    // Indexes dropped for the load are all back.
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons'")
      .pluck()
      .all()
    expect(indexes).toEqual(
      expect.arrayContaining(['persons_live_name', 'persons_id_number', 'persons_live_phone_rev']),
    )
    const towns = await t.ok('dictionaries.list', { kind: 'township' })
    expect(towns.length).toBeGreaterThan(5)
    expect((await t.ok('persons.count', {})).count).toBe(5000)
    expect((await t.ok('persons.count', { townships: [towns[0]!.code] })).count).toBeGreaterThan(0)
    const someone = (await t.ok('persons.list', { pageSize: 1 })).items[0]!
    expect(someone.isDemo).toBe(true)
    expect((await t.ok('persons.search', { query: someone.name })).map((p) => p.id)).toContain(
      someone.id,
    )
    const audit = db
      .prepare("SELECT detail FROM audit_log WHERE action = 'persons.loadDemo' AND result = 'ok'")
      .pluck()
      .get()
    expect(audit).toContain('5000')
    expect((await callError(t, 'persons.loadDemo', { scale: 'county' })).message).toContain('演示')
  })

  it('refuses when real persons exist', async () => {
    t = await makeTestCore()
    await t.ok('persons.create', person())
    const e = await callError(t, 'persons.loadDemo', { scale: 'county' })
    expect(e.code).toBe('CONFLICT')
    expect(e.message).toContain('正式')
    expect(t.core.database.sqlite.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(1)
  })
})

describe('uuidv7Batch', () => {
  it('makes distinct, time-ordered version-7 ids', () => {
    const next = uuidv7Batch()
    const ids = Array.from({ length: 10_000 }, (_, i) =>
      next(1_700_000_000_000 + Math.floor(i / 100)),
    )
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids.slice(0, 50)) expect(id).toMatch(UUID_PATTERN)
    expect(ids[0]!.slice(14, 15)).toBe('7')
    const times = ids.map((id) => id.slice(0, 13))
    expect([...times].sort()).toEqual(times)
    expect(ids[0]!.slice(0, 13)).toBe(uuidv7(1_700_000_000_000).slice(0, 13))
  })
})
