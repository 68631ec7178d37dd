import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '../../electron/core/core'
import { LOCKED_ATTEMPTS_FILE } from '../../electron/core/lockedAttempts'
import { SessionSlot } from '../../electron/core/session'
import { LOCK_AFTER } from '../../electron/services/auth/lockout'
import { restartableCores } from '../helpers/restartableCore'
import { ADMIN, type TestCore } from '../helpers/testCore'

const cores = restartableCores()
afterEach(() => {
  vi.restoreAllMocks()
  cores.cleanup()
})
const { setUp, restart } = cores

const OP = { username: 'op', password: 'Own-pass-4567' }

/** An operator with their own password, then a cold start: nothing is open. */
async function lockedWithOperator(): Promise<{ t: TestCore; core: Core }> {
  const t = await setUp()
  await t.ok('users.create', {
    username: OP.username,
    displayName: '录入员',
    role: 'operator',
    password: 'Temp-pass-123',
  })
  const slot = new SessionSlot()
  await t.ok('auth.login', { username: OP.username, password: 'Temp-pass-123' }, slot)
  await t.ok(
    'auth.changePassword',
    { currentPassword: 'Temp-pass-123', newPassword: OP.password },
    slot,
  )
  t.core.close()
  return { t, core: await restart(t.dir) }
}

async function errorOf(
  core: Core,
  method: 'auth.login',
  input: { username: string; password: string },
) {
  const r = await core.call(new SessionSlot(), method, input)
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}

describe('a cold start with the database still closed', () => {
  it('tells the renderer "locked" without opening anything', async () => {
    const { core } = await lockedWithOperator()
    const r = await core.call(new SessionSlot(), 'system.status', {})
    expect(r).toMatchObject({
      ok: true,
      value: { initialized: true, databaseLocked: true, unit: null },
    })
    expect(core.locked).toBe(true)
    await core.call(new SessionSlot(), 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    const after = await core.call(new SessionSlot(), 'system.status', {})
    expect(after).toMatchObject({
      ok: true,
      value: { databaseLocked: false, unit: { code: '330621' } },
    })
  })

  it('counts wrong passwords beside the key file: growing delay, then lock; an admin unlocks; all audited', async () => {
    const { t, core } = await lockedWithOperator()
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const codes: string[] = []
    for (let i = 0; i < LOCK_AFTER; i++) {
      codes.push(
        (await errorOf(core, 'auth.login', { username: OP.username, password: `wrong-${i}` })).code,
      )
      if (i === 4) {
        // While the delay runs, even the right password is refused, and opens nothing.
        const waiting = await errorOf(core, 'auth.login', OP)
        expect(waiting.code).toBe('TOO_MANY_ATTEMPTS')
        expect(waiting.message).toMatch(/\d+ 秒后再试/)
        expect(core.locked).toBe(true)
      }
      now += 10 * 60_000
    }
    expect(codes.slice(0, LOCK_AFTER - 1)).toEqual(Array(LOCK_AFTER - 1).fill('BAD_CREDENTIALS'))
    expect(codes[LOCK_AFTER - 1]).toBe('ACCOUNT_LOCKED')
    expect(existsSync(join(t.dir, LOCKED_ATTEMPTS_FILE))).toBe(true)

    // Another cold start does not forget them.
    core.close()
    const again = await restart(t.dir)
    expect((await errorOf(again, 'auth.login', OP)).code).toBe('ACCOUNT_LOCKED')
    expect(again.locked).toBe(true)

    // The admin's sign-in opens the database: the count joins the users table and the log.
    const admin = new SessionSlot()
    expect(
      await again.call(admin, 'auth.login', { username: ADMIN.username, password: ADMIN.password }),
    ).toMatchObject({ ok: true })
    expect(existsSync(join(t.dir, LOCKED_ATTEMPTS_FILE))).toBe(false)
    const users = await again.call(admin, 'users.list', {})
    if (!users.ok) throw new Error(users.error.message)
    const op = users.value.find((u) => u.username === OP.username)!
    expect(op.locked).toBe(true)
    expect((await errorOf(again, 'auth.login', OP)).code).toBe('ACCOUNT_LOCKED')
    expect(await again.call(admin, 'users.unlock', { id: op.id })).toMatchObject({ ok: true })
    expect(await again.call(new SessionSlot(), 'auth.login', OP)).toMatchObject({ ok: true })
    const failed = again.database.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'auth.login' AND result = 'failed'")
      .pluck()
      .all() as string[]
    expect(failed.some((d) => d.includes(`密码错误 ${LOCK_AFTER} 次`))).toBe(true)
  })
})

describe('the recovery key', () => {
  it('sets a new password while the database is still closed, and a wrong key opens nothing', async () => {
    const t = await setUp()
    const { recoveryKey } = await t.ok('recovery.regenerateKey', {})
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
    t.core.close()
    const core = await restart(t.dir)
    const wrong = await core.call(new SessionSlot(), 'recovery.resetPassword', {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      username: ADMIN.username,
      newPassword: 'New-pass-2468',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } })
    expect(core.locked).toBe(true)
    const r = await core.call(new SessionSlot(), 'recovery.resetPassword', {
      recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '),
      username: ADMIN.username,
      newPassword: 'New-pass-2468',
    })
    expect(r).toMatchObject({ ok: true })
    // Opened, but nobody is signed in: the new password signs in, without a forced change.
    const status = await core.call(new SessionSlot(), 'system.status', {})
    expect(status).toMatchObject({ ok: true, value: { databaseLocked: false, session: null } })
    core.close()
    const next = await restart(t.dir)
    expect(
      await next.call(new SessionSlot(), 'auth.login', {
        username: ADMIN.username,
        password: 'New-pass-2468',
      }),
    ).toMatchObject({ ok: true, value: { mustChangePassword: false } })
    const rows = next.database.sqlite
      .prepare("SELECT result, username FROM audit_log WHERE action LIKE 'recovery.%' ORDER BY seq")
      .all()
    expect(rows).toEqual([
      { result: 'ok', username: ADMIN.username },
      { result: 'ok', username: '恢复密钥' },
    ])
  })

  it('once regenerated, the old key opens nothing; only an admin may regenerate', async () => {
    const t = await setUp()
    const first = (await t.ok('recovery.regenerateKey', {})).recoveryKey
    const second = (await t.ok('recovery.regenerateKey', {})).recoveryKey
    expect(second).not.toBe(first)
    const input = { username: ADMIN.username, newPassword: 'New-pass-2468' }
    expect(
      await t.core.call(new SessionSlot(), 'recovery.resetPassword', {
        ...input,
        recoveryKey: first,
      }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } })
    expect(
      await t.core.call(new SessionSlot(), 'recovery.resetPassword', {
        ...input,
        recoveryKey: second,
      }),
    ).toMatchObject({ ok: true })
    await t.ok('users.create', {
      username: 'viewer',
      displayName: '查看',
      role: 'viewer',
      password: 'Temp-pass-123',
    })
    const viewer = new SessionSlot()
    await t.ok('auth.login', { username: 'viewer', password: 'Temp-pass-123' }, viewer)
    expect(await t.core.call(viewer, 'recovery.regenerateKey', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const audit = t.core.database.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'recovery.regenerateKey'")
      .pluck()
      .all() as string[]
    expect(audit.join()).not.toContain(second)
  })
})
