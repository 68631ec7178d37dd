import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { addTownship, callError, person, validId } from './persons-fixtures'

let t: TestCore
afterEach(() => t?.cleanup())

const count = (sql: string, ...args: unknown[]) =>
  t.core.database.sqlite
    .prepare(sql)
    .pluck()
    .get(...args) as number

describe('persons.create', () => {
  it('stores a full record with sub-records, derives birth date and sex from the ID number', async () => {
    t = await makeTestCore()
    const id = validId('1985-03-12', '124')
    const { person: p, warnings } = await t.ok(
      'persons.create',
      person({
        name: ' 张 三 ',
        idNumber: ` ${id.slice(0, 6)} ${id.slice(6).toLowerCase()} `,
        ethnicity: '汉族',
        politicalStatus: '党员',
        politicalJoinedOn: '2008.7',
        politicalStatus2: '民盟',
        categories: [{ code: '律师' }, { code: '41', detail: '网络主播' }],
        tags: ['青年', '青年', '律师'],
        seats: [
          {
            body: 'cppcc',
            session: '第十届',
            level: 'county',
            termStart: '2021',
            termEnd: '2026',
            sector: '经济界',
          },
        ],
        posts: [{ org: '县新联会', post: '副会长', start: '2020-01' }],
        educations: [{ school: '浙江大学', major: '法学', education: '本科', degree: '学士' }],
        awards: [{ name: '优秀律师', level: '县级', date: '2023' }],
      }),
    )
    expect(p.name).toBe('张三')
    expect(p.birthDate).toBe('1985-03-12')
    expect(p.sex).toBe('2')
    expect(warnings.join()).toContain('已按身份证号自动填写')
    expect(p).toMatchObject({
      ethnicity: '01',
      politicalStatus: '01',
      politicalJoinedOn: '2008-07',
      politicalStatus2: '05',
      status: '1',
      ownedHere: true,
      isDemo: false,
    })
    expect(p.categories).toEqual([
      { code: '21', detail: null },
      { code: '41', detail: '网络主播' },
    ])
    expect(p.tags.sort()).toEqual(['律师', '青年'])
    expect(p.seats[0]).toMatchObject({ body: 'cppcc', sector: '经济界', termStart: '2021' })
    expect(p.educations[0]).toMatchObject({ school: '浙江大学', education: '21', degree: '3' })
    expect(p.awards[0]).toMatchObject({ name: '优秀律师', date: '2023' })
    // Masked on the way out, stored in full and normalized.
    expect(p.idNumber).toBe(`3306**********${id.slice(-4)}`)
    expect(count('SELECT count(*) FROM persons WHERE id_number = ?', id)).toBe(1)
    expect(
      count(
        "SELECT count(*) FROM change_log WHERE table_name = 'persons' AND row_id = ? AND op = 'insert'",
        p.id,
      ),
    ).toBe(1)
  })

  it('accepts a 15-digit number with a warning and hints when the form disagrees with the ID', async () => {
    t = await makeTestCore()
    const old = await t.ok('persons.create', person({ idNumber: '330621850312123' }))
    expect(old.warnings.join()).toContain('15 位')
    expect(old.person.birthDate).toBe('1985-03-12')
    const mismatch = await t.ok(
      'persons.create',
      person({
        name: '李四',
        idNumber: validId('1990-01-01', '111'),
        birthDate: '1991-02',
        sex: '女',
      }),
    )
    expect(mismatch.warnings.join()).toContain('出生日期')
    expect(mismatch.warnings.join()).toContain('性别')
    expect(mismatch.person.birthDate).toBe('1991-02')
  })

  it.each([
    ['a wrong check digit', { idNumber: '330621198503121230' }, '身份证号', 'idNumber'],
    ['an Excel-truncated number', { idNumber: '3.30621E+17' }, 'Excel', 'idNumber'],
    ['an ID number of 17 digits', { idNumber: '33062119850312123' }, '身份证号', 'idNumber'],
    ['a bad mobile number', { phone: '1381234567' }, '手机', 'phone'],
    ['an unknown ethnicity', { ethnicity: '火星族' }, '民族', 'ethnicity'],
    ['a date that is not one', { birthDate: '1985-13-40' }, '出生年月', 'birthDate'],
    ['a missing name', { name: '  ' }, '姓名', 'name'],
    ['a bad e-mail', { email: 'zhang@' }, '电子邮箱', 'email'],
    ['a post without an organization', { posts: [{ post: '会长' }] }, '社会职务', 'posts.0.org'],
    [
      'a term ending before it starts',
      { seats: [{ body: 'npc' as const, termStart: '2021', termEnd: '2016' }] },
      '结束时间早于开始时间',
      'seats.0.end',
    ],
  ])('refuses %s with a message naming the field', async (_, change, text, path) => {
    t = await makeTestCore()
    const e = await callError(t, 'persons.create', person(change))
    expect(e.code).toBe('BAD_INPUT')
    expect(e.message).toContain(text)
    expect(e.issues?.map((i) => i.path)).toContain(path)
    expect(count('SELECT count(*) FROM persons')).toBe(0)
    // The message never repeats the number it refuses.
    if ('idNumber' in change) expect(e.message).not.toContain(change.idNumber)
  })

  it('takes townships from the dictionary, by code or name', async () => {
    t = await makeTestCore()
    const e = await callError(t, 'persons.create', person({ township: '城关街道' }))
    expect(e.message).toContain('乡镇（街道）')
    const town = await addTownship(t, '城关街道')
    const { person: p } = await t.ok('persons.create', person({ township: '城关街道' }))
    expect(p.township).toBe(town.code)
  })
})

describe('persons.update', () => {
  it('changes only the fields given, notes their names and skips a write when nothing changed', async () => {
    t = await makeTestCore()
    const { person: p } = await t.ok('persons.create', person({ jobTitle: '经理', tags: ['甲'] }))
    const changes = () =>
      count("SELECT count(*) FROM change_log WHERE row_id = ? AND op = 'update'", p.id)
    const { person: u } = await t.ok('persons.update', {
      id: p.id,
      jobTitle: '总经理',
      phone: '13900001111',
      tags: ['乙'],
    })
    expect(u).toMatchObject({
      name: '张三',
      jobTitle: '总经理',
      employer: p.employer,
      birthDate: p.birthDate,
      tags: ['乙'],
    })
    expect(changes()).toBe(1)
    const detail = count(
      "SELECT count(*) FROM audit_log WHERE action = 'persons.update' AND detail LIKE '%职务%手机%标签%'",
    )
    expect(detail).toBe(1)
    await t.ok('persons.update', { id: p.id, jobTitle: '总经理', tags: ['乙'] })
    expect(changes()).toBe(1)
    // Clearing: null or '' empties a field.
    const { person: cleared } = await t.ok('persons.update', {
      id: p.id,
      jobTitle: '',
      email: null,
    })
    expect(cleared.jobTitle).toBeNull()
  })

  it('refuses a stale version and a duplicate ID number', async () => {
    t = await makeTestCore()
    const { person: a } = await t.ok('persons.create', person())
    const { person: b } = await t.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-05-06') }),
    )
    await t.ok('persons.update', { id: a.id, jobTitle: '甲' })
    expect(
      (await callError(t, 'persons.update', { id: a.id, jobTitle: '乙', version: a.version })).code,
    ).toBe('CONFLICT')
    const dup = await callError(t, 'persons.update', { id: b.id, idNumber: validId('1985-03-12') })
    expect(dup.code).toBe('CONFLICT')
    expect(dup.message).toContain('身份证号')
  })
})

describe('duplicates', () => {
  it('finds the same ID number or name + birth date, including the recycle bin', async () => {
    t = await makeTestCore()
    const { person: a } = await t.ok('persons.create', person())
    const { person: b } = await t.ok(
      'persons.create',
      person({ name: '李四', idNumber: null, birthDate: '1990-05' }),
    )
    await t.ok('persons.delete', { id: b.id })

    const byId = await t.ok('persons.checkDuplicate', {
      idNumber: validId('1985-03-12').toLowerCase(),
    })
    expect(byId).toMatchObject([{ id: a.id, reason: 'idNumber', deleted: false }])
    expect(byId[0]!.idNumber).toContain('*')
    // The ID number alone says the birth date: name + ID finds 张三 twice over, once.
    const byNameAndId = await t.ok('persons.checkDuplicate', {
      name: '张三',
      idNumber: validId('1985-03-12', '999'),
    })
    expect(byNameAndId).toMatchObject([{ id: a.id, reason: 'nameBirth' }])
    const binned = await t.ok('persons.checkDuplicate', { name: '李四', birthDate: '1990-05-06' })
    expect(binned).toMatchObject([{ id: b.id, reason: 'nameBirth', deleted: true }])
    expect(
      await t.ok('persons.checkDuplicate', { idNumber: validId('1985-03-12'), excludeId: a.id }),
    ).toEqual([])

    const again = await callError(t, 'persons.create', person({ name: '张叁' }))
    expect(again.code).toBe('CONFLICT')
    expect(again.message).toContain('身份证号')
  })

  it('points to the recycle bin when the number belongs to a deleted person', async () => {
    t = await makeTestCore()
    const { person: a } = await t.ok('persons.create', person())
    await t.ok('persons.delete', { id: a.id })
    const e = await callError(t, 'persons.create', person())
    expect(e.message).toContain('回收站')
  })
})

describe('recycle bin', () => {
  it('deletes softly, restores, and purges to a tombstone', async () => {
    t = await makeTestCore()
    const { person: a } = await t.ok(
      'persons.create',
      person({ seats: [{ body: 'npc' }], categories: [{ code: '11' }] }),
    )
    await t.ok('persons.delete', { id: a.id })
    expect((await t.ok('persons.list', {})).total).toBe(0)
    const bin = await t.ok('persons.recycleBin', {})
    expect(bin).toMatchObject({ total: 1, items: [{ id: a.id, name: '张三' }] })
    expect((await t.ok('persons.get', { id: a.id })).deletedAt).not.toBeNull()
    expect((await callError(t, 'persons.update', { id: a.id, jobTitle: 'x' })).code).toBe(
      'NOT_FOUND',
    )
    expect((await callError(t, 'persons.delete', { id: a.id })).code).toBe('CONFLICT')

    const restored = await t.ok('persons.restore', { id: a.id })
    expect(restored.deletedAt).toBeNull()
    expect((await t.ok('persons.list', {})).total).toBe(1)
    expect((await callError(t, 'persons.purge', { id: a.id })).code).toBe('CONFLICT')

    await t.ok('persons.delete', { id: a.id })
    await t.ok('persons.purge', { id: a.id })
    expect((await t.ok('persons.recycleBin', {})).total).toBe(0)
    expect((await callError(t, 'persons.get', { id: a.id })).code).toBe('NOT_FOUND')
    const row = t.core.database.sqlite
      .prepare('SELECT * FROM persons WHERE id = ?')
      .get(a.id) as Record<string, unknown>
    expect(row).toMatchObject({ name: '', id_number: null, phone: null, employer: null })
    expect(row.purged_at).not.toBeNull()
    expect(count('SELECT count(*) FROM person_seats')).toBe(0)
    expect(count('SELECT count(*) FROM person_categories')).toBe(0)
    const ops = t.core.database.sqlite
      .prepare("SELECT op FROM change_log WHERE table_name = 'persons' AND row_id = ? ORDER BY seq")
      .pluck()
      .all(a.id)
    expect(ops).toEqual(['insert', 'delete', 'update', 'delete', 'delete'])
  })
})
