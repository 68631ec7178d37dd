import { afterEach, describe, expect, it, vi } from 'vitest'
import { SessionSlot } from '../../electron/core/session'
import { LOCK_AFTER } from '../../electron/services/auth/lockout'
import { ADMIN, makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
afterEach(() => {
  vi.useRealTimers()
  t?.cleanup()
})

async function callErr(slot: SessionSlot, method: string, input: unknown) {
  const r = await t.core.dispatch(slot, method, input)
  if (r.ok) throw new Error(`expected ${method} to fail`)
  return r.error
}

async function addUser(role: 'operator' | 'viewer', username: string = role) {
  await t.ok('users.create', {
    username,
    displayName: `${role}用户`,
    role,
    password: 'Temp-pass-123',
  })
  const slot = new SessionSlot()
  await t.ok('auth.login', { username, password: 'Temp-pass-123' }, slot)
  await t.ok(
    'auth.changePassword',
    { currentPassword: 'Temp-pass-123', newPassword: 'Own-pass-4567' },
    slot,
  )
  return slot
}

describe('first run', () => {
  it('has no users and no default password before setup', async () => {
    t = await makeTestCore({ init: false })
    const status = await t.ok('system.status', {})
    expect(status).toMatchObject({ initialized: false, session: null })
    const e = await callErr(new SessionSlot(), 'auth.login', {
      username: 'admin',
      password: 'admin',
    })
    expect(e.code).toBe('BAD_CREDENTIALS')
  })

  it('refuses a second setup', async () => {
    t = await makeTestCore()
    const e = await callErr(new SessionSlot(), 'setup.init', {
      unit: { code: '330622', name: '另一个县委统战部' },
      admin: { username: 'root', displayName: '某人', password: 'Another-pass-1' },
    })
    expect(e.code).toBe('ALREADY_INITIALIZED')
  })

  it('names the field of bad setup input in Chinese', async () => {
    t = await makeTestCore({ init: false })
    const e = await callErr(t.slot, 'setup.init', {
      unit: { code: '33062', name: '县' },
      admin: { username: 'a', displayName: '', password: 'short' },
    })
    expect(e.code).toBe('BAD_INPUT')
    const paths = e.issues!.map((i) => i.path)
    expect(paths).toEqual(
      expect.arrayContaining(['unit.code', 'unit.name', 'admin.username', 'admin.password']),
    )
    expect(e.issues!.find((i) => i.path === 'unit.code')!.message).toContain('行政区划代码')
    expect(e.issues!.find((i) => i.path === 'admin.password')!.message).toContain('密码')
  })

  it('rejects extra keys and wrong types without touching the database', async () => {
    t = await makeTestCore()
    const before = t.core.database.sqlite.prepare('SELECT count(*) AS n FROM users').get()
    const e = await callErr(t.slot, 'users.create', {
      username: 'x1',
      displayName: 'x',
      role: 'admin',
      password: 'Temp-pass-123',
      isRoot: true,
    })
    expect(e.code).toBe('BAD_INPUT')
    const e2 = await callErr(t.slot, 'users.create', {
      username: 5,
      displayName: 'x',
      role: 'god',
      password: 'Temp-pass-123',
    })
    expect(e2.code).toBe('BAD_INPUT')
    expect(t.core.database.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual(before)
  })
})

describe('roles are enforced in the handler layer', () => {
  it('lets viewers read but not manage users, and audits the refusal', async () => {
    t = await makeTestCore()
    const viewer = await addUser('viewer')
    expect((await callErr(viewer, 'users.list', {})).code).toBe('FORBIDDEN')
    expect((await callErr(viewer, 'audit.list', {})).code).toBe('FORBIDDEN')
    expect((await callErr(viewer, 'backup.create', {})).code).toBe('FORBIDDEN')
    const r = await t.core.dispatch(viewer, 'settings.get', {})
    expect(r.ok).toBe(true)
    const denied = t.core.database.sqlite
      .prepare("SELECT action, username FROM audit_log WHERE result = 'denied'")
      .all()
    expect(denied).toContainEqual({ action: 'users.list', username: 'viewer' })
  })

  it('requires a session for everything but status, setup and login', async () => {
    t = await makeTestCore()
    const anon = new SessionSlot()
    expect((await callErr(anon, 'users.list', {})).code).toBe('NOT_SIGNED_IN')
    expect((await callErr(anon, 'auth.lock', {})).code).toBe('NOT_SIGNED_IN')
    expect((await callErr(anon, 'no.such', {})).code).toBe('UNKNOWN_METHOD')
  })

  it('makes a user with an admin-set password change it first', async () => {
    t = await makeTestCore()
    await t.ok('users.create', {
      username: 'op',
      displayName: '录入员',
      role: 'operator',
      password: 'Temp-pass-123',
    })
    const slot = new SessionSlot()
    const s = await t.ok('auth.login', { username: 'op', password: 'Temp-pass-123' }, slot)
    expect(s.mustChangePassword).toBe(true)
    expect((await callErr(slot, 'settings.get', {})).message).toContain('修改密码')
    await t.ok(
      'auth.changePassword',
      { currentPassword: 'Temp-pass-123', newPassword: 'Own-pass-4567' },
      slot,
    )
    expect((await t.core.dispatch(slot, 'settings.get', {})).ok).toBe(true)
  })

  it('keeps at least one active admin', async () => {
    t = await makeTestCore()
    const me = (await t.ok('users.list', {}))[0]!
    expect(
      (await callErr(t.slot, 'users.update', { id: me.id, role: 'viewer' })).message,
    ).toContain('管理员')
    expect((await callErr(t.slot, 'users.update', { id: me.id, disabled: true })).code).toBe(
      'CONFLICT',
    )
  })
})

describe('wrong passwords', () => {
  it('grow a delay, then lock the account until an admin unlocks it; all audited', async () => {
    t = await makeTestCore()
    await addUser('operator', 'op')
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const slot = new SessionSlot()
    const codes: string[] = []
    for (let i = 0; i < LOCK_AFTER; i++) {
      const e = await callErr(slot, 'auth.login', { username: 'op', password: `wrong-${i}` })
      codes.push(e.code)
      // While the delay runs, even the right password is refused.
      if (i === 4) {
        const waiting = await callErr(slot, 'auth.login', {
          username: 'op',
          password: 'Own-pass-4567',
        })
        expect(waiting.code).toBe('TOO_MANY_ATTEMPTS')
        expect(waiting.message).toMatch(/\d+ 秒后再试/)
      }
      now += 10 * 60_000
    }
    expect(codes.slice(0, LOCK_AFTER - 1)).toEqual(Array(LOCK_AFTER - 1).fill('BAD_CREDENTIALS'))
    expect(codes[LOCK_AFTER - 1]).toBe('ACCOUNT_LOCKED')
    expect(
      (await callErr(slot, 'auth.login', { username: 'op', password: 'Own-pass-4567' })).code,
    ).toBe('ACCOUNT_LOCKED')

    // A hundred minutes passed: the admin's own screen locked meanwhile.
    expect((await callErr(t.slot, 'users.list', {})).code).toBe('LOCKED')
    await t.ok('auth.unlock', { password: ADMIN.password })
    const op = (await t.ok('users.list', {})).find((u) => u.username === 'op')!
    expect(op.locked).toBe(true)
    await t.ok('users.unlock', { id: op.id })
    expect(
      (await t.ok('auth.login', { username: 'op', password: 'Own-pass-4567' }, slot)).role,
    ).toBe('operator')

    const rows = t.core.database.sqlite
      .prepare(
        "SELECT action, result FROM audit_log WHERE action IN ('auth.login', 'users.unlock')",
      )
      .all() as { action: string; result: string }[]
    expect(
      rows.filter((r) => r.action === 'auth.login' && r.result === 'failed').length,
    ).toBeGreaterThanOrEqual(LOCK_AFTER)
    expect(rows).toContainEqual({ action: 'users.unlock', result: 'ok' })
  })

  it('stores scrypt parameters with the hash and upgrades weak hashes at sign-in', async () => {
    t = await makeTestCore()
    const hashOf = () =>
      (
        t.core.database.sqlite
          .prepare("SELECT password_hash FROM users WHERE username = 'admin'")
          .get() as { password_hash: string }
      ).password_hash
    expect(hashOf()).toMatch(/^scrypt\$1024\$8\$1\$/)
    t.core.config.scrypt = { N: 2 ** 11, r: 8, p: 1 }
    await t.ok(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      new SessionSlot(),
    )
    expect(hashOf()).toMatch(/^scrypt\$2048\$8\$1\$/)
  })
})

describe('idle lock', () => {
  it('locks a session after the configured idle minutes and hides data until unlocked', async () => {
    t = await makeTestCore()
    await t.ok('settings.update', { idleLockMinutes: 5 })
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    await t.ok('users.list', {})
    now += 6 * 60_000
    expect((await callErr(t.slot, 'users.list', {})).code).toBe('LOCKED')
    const status = await t.ok('system.status', {})
    expect(status.session?.locked).toBe(true)
    expect((await callErr(t.slot, 'auth.unlock', { password: 'nope-nope-1' })).code).toBe(
      'BAD_CREDENTIALS',
    )
    await t.ok('auth.unlock', { password: ADMIN.password })
    expect((await t.ok('users.list', {})).length).toBe(1)
  })
})
