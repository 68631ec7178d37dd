import { afterEach, describe, expect, it, vi } from 'vitest'
import { SessionSlot } from '../../electron/core/session'
import { LOCK_AFTER } from '../../electron/services/auth/lockout'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
afterEach(() => {
  vi.restoreAllMocks()
  t?.cleanup()
})

async function callErr(slot: SessionSlot, method: string, input: unknown) {
  const r = await t.core.dispatch(slot, method, input)
  if (r.ok) throw new Error(`expected ${method} to fail`)
  return r.error
}

/** An operator signed in with a password of their own, and their row as an admin sees it. */
async function signedInOperator() {
  await t.ok('users.create', {
    username: 'op',
    displayName: '录入员',
    role: 'operator',
    password: 'Temp-pass-123',
  })
  const slot = new SessionSlot()
  await t.ok('auth.login', { username: 'op', password: 'Temp-pass-123' }, slot)
  await t.ok(
    'auth.changePassword',
    { currentPassword: 'Temp-pass-123', newPassword: 'Own-pass-4567' },
    slot,
  )
  const row = async () => (await t.ok('users.list', {})).find((u) => u.username === 'op')!
  return { slot, row }
}

describe('auth.changePassword is no guessing oracle', () => {
  it('counts wrong current passwords like sign-in, locks at the limit and ends the session', async () => {
    t = await makeTestCore()
    const { slot, row } = await signedInOperator()
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const codes: string[] = []
    for (let i = 0; i < LOCK_AFTER; i++) {
      const e = await callErr(slot, 'auth.changePassword', {
        currentPassword: `guess-${i}`,
        newPassword: 'Stolen-pass-999',
      })
      codes.push(e.code)
      now += 10 * 60_000 // past every delay: only the count stops the guesses
      await t.ok('auth.touch', {})
    }
    expect(codes.slice(0, LOCK_AFTER - 1)).toEqual(Array(LOCK_AFTER - 1).fill('BAD_CREDENTIALS'))
    expect(codes[LOCK_AFTER - 1]).toBe('ACCOUNT_LOCKED')
    expect(await row()).toMatchObject({ failedAttempts: LOCK_AFTER, locked: true })
    expect(slot.get()).toBeNull()
    // The right password no longer works either, from a new sign-in.
    const again = new SessionSlot()
    expect(
      (await callErr(again, 'auth.login', { username: 'op', password: 'Own-pass-4567' })).code,
    ).toBe('ACCOUNT_LOCKED')
    const failed = t.core.database.sqlite
      .prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'auth.changePassword' AND result = 'failed'",
      )
      .pluck()
      .get()
    expect(failed).toBe(LOCK_AFTER)
  })

  it('makes a guess wait once the free attempts are used, and the right one resets the count', async () => {
    t = await makeTestCore()
    const { slot, row } = await signedInOperator()
    for (let i = 0; i < 3; i++) {
      await callErr(slot, 'auth.changePassword', {
        currentPassword: `guess-${i}`,
        newPassword: 'Stolen-pass-999',
      })
    }
    const waiting = await callErr(slot, 'auth.changePassword', {
      currentPassword: 'Own-pass-4567',
      newPassword: 'Newer-pass-777',
    })
    expect(waiting.code).toBe('TOO_MANY_ATTEMPTS')
    expect((await row()).failedAttempts).toBe(3)
  })

  it('says the current password is wrong, and changes it when right', async () => {
    t = await makeTestCore()
    const { slot, row } = await signedInOperator()
    const e = await callErr(slot, 'auth.changePassword', {
      currentPassword: 'not-it-000',
      newPassword: 'Newer-pass-777',
    })
    expect(e.message).toBe('当前密码不正确')
    expect((await row()).failedAttempts).toBe(1)
    await t.ok(
      'auth.changePassword',
      { currentPassword: 'Own-pass-4567', newPassword: 'Newer-pass-777' },
      slot,
    )
    expect((await row()).failedAttempts).toBe(0)
    await t.ok('auth.login', { username: 'op', password: 'Newer-pass-777' }, new SessionSlot())
  })
})

describe('users.resetPassword', () => {
  it('is for admins only', async () => {
    t = await makeTestCore()
    const { slot, row } = await signedInOperator()
    const e = await callErr(slot, 'users.resetPassword', {
      id: (await row()).id,
      password: 'Reset-pass-555',
    })
    expect(e.code).toBe('FORBIDDEN')
    await t.ok('auth.login', { username: 'op', password: 'Own-pass-4567' }, new SessionSlot())
  })

  it('clears a lockout, sets a password the user must change first, and is audited', async () => {
    t = await makeTestCore()
    const { row } = await signedInOperator()
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    for (let i = 0; i < LOCK_AFTER; i++) {
      await callErr(new SessionSlot(), 'auth.login', { username: 'op', password: `w-${i}` })
      now += 10 * 60_000
      await t.ok('auth.touch', {}) // the admin is at the desk meanwhile
    }
    expect(await row()).toMatchObject({ locked: true, failedAttempts: LOCK_AFTER })
    const { id } = await row()
    await t.ok('users.resetPassword', { id, password: 'Reset-pass-555' })
    expect(await row()).toMatchObject({ locked: false, failedAttempts: 0 })

    const slot = new SessionSlot()
    const s = await t.ok('auth.login', { username: 'op', password: 'Reset-pass-555' }, slot)
    expect(s.mustChangePassword).toBe(true)
    expect((await callErr(slot, 'persons.list', { page: 1, pageSize: 10 })).code).toBe('FORBIDDEN')
    expect(
      (
        await callErr(new SessionSlot(), 'auth.login', {
          username: 'op',
          password: 'Own-pass-4567',
        })
      ).code,
    ).toBe('BAD_CREDENTIALS')
    const audit = t.core.database.sqlite
      .prepare("SELECT result, object_id FROM audit_log WHERE action = 'users.resetPassword'")
      .all()
    expect(audit).toEqual([{ result: 'ok', object_id: id }])
  })
})

describe('auth.touch', () => {
  it('keeps an active session from the idle lock', async () => {
    t = await makeTestCore()
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    for (let i = 0; i < 4; i++) {
      now += 10 * 60_000 // the default idle lock is longer than ten minutes
      await t.ok('auth.touch', {})
    }
    expect((await t.ok('system.status', {})).session?.locked).toBe(false)
    now += 24 * 60 * 60_000
    expect((await callErr(t.slot, 'settings.get', {})).code).toBe('LOCKED')
  })

  it('never unlocks a locked screen, and needs a session', async () => {
    t = await makeTestCore()
    await t.ok('auth.lock', {})
    await t.ok('auth.touch', {})
    expect((await t.ok('system.status', {})).session?.locked).toBe(true)
    expect((await callErr(t.slot, 'users.list', {})).code).toBe('LOCKED')
    expect((await callErr(new SessionSlot(), 'auth.touch', {})).code).toBe('NOT_SIGNED_IN')
  })
})
