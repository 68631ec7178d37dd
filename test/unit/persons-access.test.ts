import { afterEach, describe, expect, it } from 'vitest'
import { insertPerson } from '../../db/repos/persons'
import { validatePerson } from '../../shared/persons/validatePerson'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { callError, person, sessionAs, validId } from './persons-fixtures'

let t: TestCore
afterEach(() => t?.cleanup())

const ID = validId('1985-03-12')
const PHONE = '13812345678'

describe('roles', () => {
  it('lets viewers read, operators write, and only admins purge', async () => {
    t = await makeTestCore()
    const viewer = await sessionAs(t, 'viewer')
    const operator = await sessionAs(t, 'operator')
    expect((await callError(t, 'persons.create', person(), viewer)).code).toBe('FORBIDDEN')

    const { person: p } = await t.ok('persons.create', person(), operator)
    expect((await t.ok('persons.list', {}, viewer)).total).toBe(1)
    expect((await t.ok('persons.get', { id: p.id }, viewer)).name).toBe('张三')
    expect((await callError(t, 'persons.update', { id: p.id, jobTitle: 'x' }, viewer)).code).toBe(
      'FORBIDDEN',
    )
    expect((await callError(t, 'persons.delete', { id: p.id }, viewer)).code).toBe('FORBIDDEN')
    expect((await callError(t, 'persons.reveal', { id: p.id }, viewer)).code).toBe('FORBIDDEN')
    expect((await callError(t, 'persons.recycleBin', {}, viewer)).code).toBe('FORBIDDEN')

    await t.ok('persons.update', { id: p.id, jobTitle: '经理' }, operator)
    await t.ok('persons.delete', { id: p.id }, operator)
    expect((await callError(t, 'persons.purge', { id: p.id }, operator)).code).toBe('FORBIDDEN')
    await t.ok('persons.restore', { id: p.id }, operator)
    await t.ok('persons.delete', { id: p.id }, operator)
    await t.ok('persons.purge', { id: p.id })

    const denied = t.core.database.sqlite
      .prepare("SELECT action FROM audit_log WHERE result = 'denied' ORDER BY seq")
      .pluck()
      .all()
    expect(denied).toContain('persons.purge')
    expect(
      (await callError(t, 'dictionaries.save', { kind: 'township', name: '城关街道' }, operator))
        .code,
    ).toBe('FORBIDDEN')
  })

  it('keeps records of other units read-only', async () => {
    t = await makeTestCore()
    const { value } = validatePerson({ name: '外县人员' })
    await insertPerson(t.core.database.db, {
      id: '01900000-0000-7000-8000-000000000001',
      siteId: 'another-county',
      stamp: '1700000000000-00000',
      fields: value,
    })
    const p = await t.ok('persons.get', { id: '01900000-0000-7000-8000-000000000001' })
    expect(p.ownedHere).toBe(false)
    const e = await callError(t, 'persons.update', { id: p.id, jobTitle: 'x' })
    expect(e.code).toBe('FORBIDDEN')
    expect(e.message).toContain('其他单位')
  })
})

describe('masking', () => {
  it('never answers a full ID number or phone, except from persons.reveal', async () => {
    t = await makeTestCore()
    const created = await t.ok('persons.create', person({ idNumber: ID, phone: PHONE }))
    const id = created.person.id
    const updated = await t.ok('persons.update', { id, employer: '新单位' })
    const outputs: unknown[] = [
      created,
      updated,
      await t.ok('persons.list', {}),
      await t.ok('persons.list', { query: PHONE.slice(-4) }),
      await t.ok('persons.get', { id }),
      await t.ok('persons.search', { query: ID.slice(-6) }),
      await t.ok('persons.checkDuplicate', { idNumber: ID }),
      await t.ok('persons.history', { id }),
    ]
    await t.ok('persons.delete', { id })
    outputs.push(await t.ok('persons.recycleBin', {}))
    for (const out of outputs) {
      const text = JSON.stringify(out)
      expect(text).not.toContain(ID)
      expect(text).not.toContain(PHONE)
    }
    await t.ok('persons.restore', { id })
    expect(await t.ok('persons.reveal', { id })).toEqual({ idNumber: ID, phone: PHONE })
  })

  it('keeps full numbers out of the audit log, even when they change or are revealed', async () => {
    t = await makeTestCore()
    const { person: p } = await t.ok('persons.create', person({ idNumber: ID, phone: PHONE }))
    const newId = validId('1986-04-13')
    await t.ok('persons.update', { id: p.id, idNumber: newId, phone: '13900001111' })
    await t.ok('persons.reveal', { id: p.id })
    await callError(t, 'persons.create', person({ name: '重复', idNumber: newId }))
    const rows = t.core.database.sqlite.prepare('SELECT * FROM audit_log').all()
    const text = JSON.stringify(rows)
    for (const secret of [ID, PHONE, newId, '13900001111']) expect(text).not.toContain(secret)
    const reveal = t.core.database.sqlite
      .prepare("SELECT * FROM audit_log WHERE action = 'persons.reveal'")
      .get() as { object_id: string; detail: string; username: string }
    expect(reveal).toMatchObject({ object_id: p.id, username: 'admin' })
    expect(reveal.detail).toContain('张三')
  })
})

describe('history', () => {
  it('shows who changed which fields, by Chinese field name, without values', async () => {
    t = await makeTestCore()
    const operator = await sessionAs(t, 'operator', 'lisi')
    const { person: p } = await t.ok('persons.create', person())
    await t.ok(
      'persons.update',
      {
        id: p.id,
        phone: '13900001111',
        employer: '新单位',
        idNumber: validId('1985-03-12', '777'),
      },
      operator,
    )
    await t.ok('persons.delete', { id: p.id }, operator)
    await t.ok('persons.restore', { id: p.id })
    const history = await t.ok('persons.history', { id: p.id })
    expect(history.map((h) => h.action)).toEqual([
      'persons.create',
      'persons.update',
      'persons.delete',
      'persons.restore',
    ])
    const update = history[1]!
    expect(update).toMatchObject({ username: 'lisi', actionName: '修改人员', result: 'ok' })
    expect(update.detail).toContain('身份证号')
    expect(update.detail).toContain('手机')
    expect(update.detail).toContain('工作单位')
    expect(update.detail).not.toContain('13900001111')
    expect(update.detail).not.toContain('新单位')
  })
})
