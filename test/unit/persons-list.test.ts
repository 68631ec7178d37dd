import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertPerson } from '../../db/repos/persons'
import { CATEGORIES } from '../../shared/codes/categories'
import type { Input } from '../../shared/contract'
import { localToday } from '../../shared/dates/calendar'
import { ageOn } from '../../shared/persons/age'
import { validatePerson } from '../../shared/persons/validatePerson'
import { Random } from '../../electron/services/demo/random'
import {
  queryList,
  type RelevanceStrategy,
} from '../../electron/services/persons/listIndex/listQuery'
import { personListIndex } from '../../electron/services/persons/listIndex/registry'
import { matchAllPersons } from '../../electron/services/search/matchPersons'
import { parseQuery } from '../../electron/services/search/parseQuery'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { person, validId } from './persons-fixtures'

let t: TestCore

interface Ref {
  rid: number
  id: string
  name: string
  formerNames: string | null
  py: string
  birth: string | null
  team: string | null
  talent: string | null
  status: string
  sex: string | null
  pol: (string | null)[]
  township: string | null
  community: string | null
  created: string
  updated: string
  demo: boolean
  cats: string[]
  seats: string[]
}

/** Every live person, read straight from the tables: the reference the list index must match. */
function reference(): Ref[] {
  const db = t.core.database.sqlite
  const cats = db.prepare('SELECT person_rid, code FROM person_categories').raw().all() as [
    number,
    string,
  ][]
  const seats = db.prepare('SELECT person_rid, body FROM person_seats').raw().all() as [
    number,
    string,
  ][]
  const rows = db
    .prepare(
      `SELECT rid, id, name, former_names, name_py, birth_date, team, talent_level, status, sex, political_status,
              political_status2, township, community, created_at, updated_at, is_demo
       FROM persons WHERE deleted_at IS NULL`,
    )
    .raw()
    .all() as unknown[][]
  return rows.map((r) => ({
    rid: r[0] as number,
    id: r[1] as string,
    name: r[2] as string,
    formerNames: r[3] as string | null,
    py: r[4] as string,
    birth: r[5] as string | null,
    team: r[6] as string | null,
    talent: r[7] as string | null,
    status: r[8] as string,
    sex: r[9] as string | null,
    pol: [r[10] as string | null, r[11] as string | null],
    township: r[12] as string | null,
    community: r[13] as string | null,
    created: r[14] as string,
    updated: r[15] as string,
    demo: r[16] === 1,
    cats: cats.filter(([rid]) => rid === r[0]).map(([, c]) => c),
    seats: seats.filter(([rid]) => rid === r[0]).map(([, b]) => b),
  }))
}

type ListInput = Input<'persons.list'>

function expected(all: Ref[], q: ListInput): { total: number; ids: string[] } {
  const today = localToday()
  const any = (list: string[] | undefined, v: string | null) =>
    !list?.length || (v !== null && list.includes(v))
  const catCodes = (q.categories ?? []).flatMap((c) =>
    c.length === 1 ? CATEGORIES.filter((x) => x.group === c).map((x) => x.code) : [c],
  )
  const rows = all.filter((p) => {
    const age = ageOn(p.birth, today)
    return (
      any(q.teams, p.team) &&
      any(q.talentLevels, p.talent) &&
      any(q.statuses, p.status) &&
      any(q.sexes, p.sex) &&
      any(q.townships, p.township) &&
      any(q.communities, p.community) &&
      (!q.politicalStatuses?.length ||
        p.pol.some((x) => x !== null && q.politicalStatuses!.includes(x))) &&
      (!catCodes.length || p.cats.some((c) => catCodes.includes(c))) &&
      (!q.seat || (q.seat === 'any' ? p.seats.length > 0 : p.seats.includes(q.seat))) &&
      (q.ageMin === undefined || (age !== null && age >= q.ageMin)) &&
      (q.ageMax === undefined || (age !== null && age < q.ageMax)) &&
      (q.isDemo === undefined || p.demo === q.isDemo)
    )
  })
  // Documented order: the key, then rid; descending reverses both; unknown birth dates last.
  const key = (p: Ref): string | number => {
    switch (q.sort ?? 'name') {
      case 'birthDate':
        return p.birth ?? ''
      case 'createdAt':
        return p.created
      case 'updatedAt':
        return p.updated
      default:
        return p.py.slice(0, 11)
    }
  }
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.rid - b.rid))
  if (q.order === 'desc') rows.reverse()
  if (q.sort === 'birthDate')
    rows.sort((a, b) => Number(a.birth === null) - Number(b.birth === null))
  const size = q.pageSize ?? 50
  const from = ((q.page ?? 1) - 1) * size
  return { total: rows.length, ids: rows.slice(from, from + size).map((p) => p.id) }
}

async function check(q: ListInput, all = reference()) {
  const page = await t.ok('persons.list', q)
  const want = expected(all, q)
  expect({ q, total: page.total, ids: page.items.map((i) => i.id) }).toEqual({ q, ...want })
  return page
}

beforeAll(async () => {
  t = await makeTestCore()
  await t.ok('persons.loadDemo', { scale: 'county', seed: 7 })
  // A few hand-made rows with gaps the demo never has: no birth date, a month-only one.
  await t.ok('persons.update', {
    id: (await t.ok('persons.list', { pageSize: 1 })).items[0]!.id,
    name: '欧阳无生日',
    idNumber: null,
    birthDate: null,
  })
  await t.ok(
    'persons.create',
    person({ name: '月份生日', idNumber: null, birthDate: '1990-06', team: '1' }),
  )
})
afterAll(() => t?.cleanup())

describe('persons.list', () => {
  it('matches a plain reading of the tables for random filters, sorts and pages', async () => {
    const all = reference()
    const r = new Random(42)
    const pick = <T>(xs: T[], n: number) => Array.from({ length: n }, () => r.pick(xs))
    const sorts = ['name', 'birthDate', 'updatedAt', 'createdAt'] as const
    for (let i = 0; i < 60; i++) {
      const q: ListInput = {
        sort: r.pick(sorts),
        order: r.chance(0.5) ? 'desc' : 'asc',
        pageSize: r.pick([10, 50]),
      }
      if (r.chance(0.4))
        q.categories = pick(['11', '12', '21', '22', '31', '41', '2', '4'], r.int(1, 2))
      if (r.chance(0.3)) q.teams = pick(['1', '2', '3'], r.int(1, 2))
      if (r.chance(0.2)) q.talentLevels = pick(['1', '2', '3'], 1)
      if (r.chance(0.4)) q.statuses = ['1']
      if (r.chance(0.3)) q.townships = pick(['001', '002', '003', '007', '014', '999'], r.int(1, 3))
      if (r.chance(0.15)) q.communities = pick(['00101', '00102', '00201'], r.int(1, 2))
      if (r.chance(0.3)) q.politicalStatuses = pick(['01', '05', '12', '13'], r.int(1, 2))
      if (r.chance(0.2)) q.sexes = [r.pick(['1', '2'])]
      if (r.chance(0.3)) q.ageMin = r.pick([35, 45, 55])
      if (r.chance(0.3)) q.ageMax = r.pick([35, 45, 55, 60])
      if (r.chance(0.2)) q.seat = r.pick(['npc', 'cppcc', 'any'] as const)
      if (r.chance(0.1)) q.isDemo = r.chance(0.5)
      const total = expected(all, q).total
      q.page = r.chance(0.5) ? 1 : r.int(1, Math.max(1, Math.ceil(total / q.pageSize!)) + 1)
      await check(q, all)
    }
  })

  it('counts exactly, filtered or not', async () => {
    const all = reference()
    expect((await t.ok('persons.count', {})).count).toBe(all.length)
    expect((await t.ok('persons.count', { teams: ['1'] })).count).toBe(
      all.filter((p) => p.team === '1').length,
    )
  })

  it('combines a search text with filters, best matches first', async () => {
    await t.ok('persons.create', person({ name: '李张明', idNumber: null, formerNames: null }))
    const q: ListInput = { query: '张', sort: 'relevance', statuses: ['1'], pageSize: 500 }
    const first = await t.ok('persons.list', q)
    const items = [...first.items, ...(await t.ok('persons.list', { ...q, page: 2 })).items]
    const live = reference().filter(
      (p) => p.status === '1' && `${p.name}${p.formerNames ?? ''}`.includes('张'),
    )
    expect(first.total).toBe(live.length)
    expect(items.map((p) => p.id).sort()).toEqual(live.map((p) => p.id).sort())
    const firstOther = items.findIndex((p) => !p.name.startsWith('张'))
    expect(firstOther).toBeGreaterThan(0)
    expect(items.slice(firstOther).every((p) => !p.name.startsWith('张'))).toBe(true)
    const initials = await t.ok('persons.list', { query: 'zw', teams: ['3'] })
    expect(initials.items.every((p) => p.team === '3')).toBe(true)
  })

  it('pages a search by relevance the same whether it sorts its matches, picks the best or walks the name order', () => {
    const sqlite = t.core.database.sqlite
    const index = personListIndex(sqlite)
    for (const text of ['张', '李', 'z', '明']) {
      const matches = matchAllPersons(sqlite, parseQuery(text), true)
      for (const [offset, limit] of [
        [0, 7],
        [5, 20],
        [0, 5000],
      ] as const) {
        const page = (strategy: RelevanceStrategy) =>
          queryList(index, {
            filter: { statuses: ['1'] },
            today: localToday(),
            matches,
            sort: 'relevance',
            desc: false,
            offset,
            limit,
            strategy,
          })
        const sorted = page('sort')
        expect(sorted.rids.length, text).toBeGreaterThan(0)
        expect(page('walk'), `${text} ${offset}`).toEqual(sorted)
        expect(page('pick'), `${text} ${offset}`).toEqual(sorted)
      }
    }
  })

  it('follows every write path, and writes it was not told about', async () => {
    const base: ListInput = { sort: 'updatedAt', order: 'desc', teams: ['1'] }
    await check(base)
    const { person: a } = await t.ok(
      'persons.create',
      person({ name: '新来的', idNumber: validId('1999-09-09'), team: '1' }),
    )
    expect((await check(base)).items[0]!.id).toBe(a.id)
    await t.ok('persons.update', { id: a.id, team: '2', seats: [{ body: 'npc' }] })
    await check(base)
    await check({ seat: 'npc', sort: 'name' })
    await t.ok('persons.delete', { id: a.id })
    await check({ teams: ['2'] })
    await t.ok('persons.restore', { id: a.id })
    await check({ teams: ['2'], sort: 'createdAt', order: 'desc' })
    await t.ok('persons.delete', { id: a.id })
    await t.ok('persons.purge', { id: a.id })
    await check({ teams: ['2'] })
    // A future import path that writes through the repo (and so the change log) is seen too.
    const { value } = validatePerson({ name: '导入的人', team: '1', birthDate: '1970-01-01' })
    await insertPerson(t.core.database.db, {
      id: '01900000-0000-7000-8000-0000000000aa',
      siteId: 's',
      stamp: '1800000000000-00000',
      fields: value,
    })
    expect((await check(base)).items[0]!.name).toBe('导入的人')
  })
})
