import { afterEach, describe, expect, it } from 'vitest'
import { appendAudit } from '../../electron/services/audit/auditLog'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

let t: TestCore
afterEach(() => t?.cleanup())

describe('audit log', () => {
  it('records setup, sign-in and admin actions with who, what and result', async () => {
    t = await makeTestCore()
    await t.ok('users.create', {
      username: 'op',
      displayName: '录入员',
      role: 'operator',
      password: 'Temp-pass-123',
    })
    const page = await t.ok('audit.list', { page: 1, pageSize: 50 })
    const actions = page.items.map((r) => [r.action, r.username, r.result])
    expect(actions).toContainEqual(['setup.init', 'admin', 'ok'])
    expect(actions).toContainEqual(['users.create', 'admin', 'ok'])
    expect(page.total).toBe(page.items.length)
    expect(await t.ok('audit.actions', {})).toEqual(
      expect.arrayContaining(['setup.init', 'users.create']),
    )
  })

  it('filters by action, user, result and time', async () => {
    t = await makeTestCore()
    await t.core.dispatch(
      new (await import('../../electron/core/session')).SessionSlot(),
      'auth.login',
      {
        username: 'admin',
        password: 'wrong-password-1',
      },
    )
    const failed = await t.ok('audit.list', { page: 1, pageSize: 10, result: 'failed' })
    expect(failed.items.map((r) => r.action)).toEqual(['auth.login'])
    const future = await t.ok('audit.list', {
      page: 1,
      pageSize: 10,
      from: '2999-01-01T00:00:00.000Z',
    })
    expect(future.total).toBe(0)
    const byUser = await t.ok('audit.list', { page: 1, pageSize: 10, username: 'nobody' })
    expect(byUser.total).toBe(0)
  })

  it('refuses UPDATE and DELETE at the database level', async () => {
    t = await makeTestCore()
    const db = t.core.database.sqlite
    expect(() => db.prepare("UPDATE audit_log SET result = 'ok'").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
  })

  it('verifies the hash chain and names the first tampered row', async () => {
    t = await makeTestCore()
    await t.ok('settings.update', { idleLockMinutes: 20 })
    await t.ok('settings.update', { idleLockMinutes: 30 })
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true, firstBrokenSeq: null })

    // Someone with a SQLite tool drops the guard and edits the second row.
    const raw = openDataDirDatabase(t.dir)
    raw.exec('DROP TRIGGER audit_log_no_update')
    raw.prepare("UPDATE audit_log SET detail = '自动锁定 99 分钟' WHERE seq = 2").run()
    raw.close()
    const broken = await t.ok('audit.verify', {})
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: 2 })
  })

  it('never stores a full ID number or mobile number in a detail', async () => {
    t = await makeTestCore()
    const db = t.core.database.sqlite
    appendAudit(
      db,
      {
        user_id: null,
        username: 'x',
        action: 'test',
        object_type: null,
        object_id: null,
        result: 'ok',
        detail: '身份证 11010519491231002X 手机 13812345678',
      },
      new Date().toISOString(),
    )
    const row = db.prepare("SELECT detail FROM audit_log WHERE action = 'test'").get() as {
      detail: string
    }
    expect(row.detail).not.toContain('11010519491231002X')
    expect(row.detail).not.toContain('13812345678')
    expect(row.detail).toContain('1101**********002X')
    expect(row.detail).toContain('138****5678')
  })
})
