import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { DatabaseOpenError } from '../../db/errors'
import { readKeySlots } from '../../db/atRest/keyRing'
import { sealKeySlots } from '../../db/atRest/keySlots'
import { restartableCores } from '../helpers/restartableCore'
import { ADMIN } from '../helpers/testCore'
import { person, validId } from './persons-fixtures'

const cores = restartableCores()
afterEach(() => cores.cleanup())
const { setUp, restart } = cores

function copyDir(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'xinlian-copy-'))
  cpSync(from, to, { recursive: true })
  cores.onCleanup(() => rmSync(to, { recursive: true, force: true }))
  return to
}

const login = (core: Core, username: string, password: string, slot = new SessionSlot()) =>
  core.call(slot, 'auth.login', { username, password })

const SECRET = { name: '欧阳明珠', idNumber: validId('1979-11-23', '517'), phone: '13987654321' }

describe('the database at rest', () => {
  it('holds no name, ID number or phone in the file or its WAL, and no SQLite header', async () => {
    const t = await setUp()
    await t.ok('persons.create', person(SECRET))
    const db = join(t.dir, 'xinlian.db')
    // While open, fresh pages sit in the WAL: it must be as unreadable as the file.
    for (const file of [db, `${db}-wal`]) {
      const bytes = readFileSync(file)
      expect(bytes.length).toBeGreaterThan(0)
      expect(bytes.includes('SQLite format 3')).toBe(false)
      for (const plain of Object.values(SECRET))
        expect(bytes.includes(Buffer.from(plain))).toBe(false)
    }
    t.core.close()
    const closed = readFileSync(db)
    expect(closed.includes('SQLite format 3')).toBe(false)
    for (const plain of Object.values(SECRET))
      expect(closed.includes(Buffer.from(plain))).toBe(false)
  })

  it('starts closed; a wrong password opens nothing, the right one opens and signs in', async () => {
    const t = await setUp()
    await t.ok('persons.create', person(SECRET))
    t.core.close()
    const core = await restart(t.dir)
    expect(core.locked).toBe(true)
    expect(() => core.database).toThrow()
    const slot = new SessionSlot()
    expect(await core.call(slot, 'persons.list', {} as never)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    })
    expect(await login(core, ADMIN.username, 'not-the-password', slot)).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' },
    })
    expect(await login(core, 'nobody', ADMIN.password, slot)).toMatchObject({ ok: false })
    expect(core.locked).toBe(true)
    expect(await login(core, ADMIN.username, ADMIN.password, slot)).toMatchObject({ ok: true })
    expect(core.locked).toBe(false)
    // The attempts no one could record while it was closed are in the log now, masked.
    const failed = core.database.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'auth.login' AND result = 'failed'")
      .pluck()
      .all() as string[]
    expect(failed).toHaveLength(2)
    expect(failed.join()).not.toContain('nobody')
  })

  it('refuses a copied database without its key file, saying what is missing', async () => {
    const t = await setUp()
    t.core.close()
    const copy = copyDir(t.dir)
    rmSync(join(copy, 'xinlian.keys'))
    const err = await restart(copy).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DatabaseOpenError)
    expect((err as DatabaseOpenError).reason).toBe('keys-missing')
    expect((err as Error).message).toContain('缺少密钥文件 xinlian.keys')
    expect((err as Error).message).not.toMatch(/not a database/)
    expect(existsSync(join(copy, 'xinlian.db'))).toBe(true)
  })

  it('refuses an edited key file as damaged, by hand or with its digest fixed up', async () => {
    const t = await setUp()
    t.core.close()
    const byHand = copyDir(t.dir)
    const keysPath = join(byHand, 'xinlian.keys')
    writeFileSync(keysPath, readFileSync(keysPath, 'utf8').replace('"recovery"', '"user"'))
    await expect(restart(byHand)).rejects.toMatchObject({ reason: 'keys-damaged' })

    // Someone who knows the format drops the recovery slot and reseals it under a key of
    // their own: the digest holds, the MAC under the real database key does not.
    const resealed = copyDir(t.dir)
    const file = readKeySlots(resealed)!
    const forged = sealKeySlots(
      file.slots.filter((s) => s.kind === 'user'),
      Buffer.alloc(32, 7),
    )
    writeFileSync(join(resealed, 'xinlian.keys'), JSON.stringify(forged))
    const core = await restart(resealed)
    const r = await login(core, ADMIN.username, ADMIN.password)
    expect(r).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } })
    expect(!r.ok && r.error.message).toContain('已损坏或被改动')
    expect(core.locked).toBe(true)
  })

  it('gives each user a slot: created, re-wrapped on a new password, removed when disabled', async () => {
    const t = await setUp()
    const clerk = await t.ok('users.create', {
      username: 'clerk',
      displayName: '录入员',
      role: 'operator',
      password: 'First-pass-1',
    })
    const viewer = await t.ok('users.create', {
      username: 'viewer',
      displayName: '查看员',
      role: 'viewer',
      password: 'Viewer-pass-1',
    })
    await t.ok('users.resetPassword', { id: clerk.id, password: 'Second-pass-2' })
    await t.ok('users.update', { id: viewer.id, disabled: true })
    const slots = readKeySlots(t.dir)!.slots
    expect(slots.map((s) => (s.kind === 'user' ? s.username : s.kind)).sort()).toEqual([
      'admin',
      'clerk',
      'recovery',
    ])
    t.core.close()

    const old = await restart(t.dir)
    expect(await login(old, 'clerk', 'First-pass-1')).toMatchObject({ ok: false })
    expect(await login(old, 'viewer', 'Viewer-pass-1')).toMatchObject({ ok: false })
    expect(old.locked).toBe(true)
    expect(await login(old, 'clerk', 'Second-pass-2')).toMatchObject({ ok: true })
    expect(old.locked).toBe(false)
  })

  it('re-wraps the slot when users change their own password', async () => {
    const t = await setUp()
    await t.ok('auth.changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'Changed-pass-9',
    })
    t.core.close()
    const core = await restart(t.dir)
    expect(await login(core, ADMIN.username, ADMIN.password)).toMatchObject({ ok: false })
    expect(await login(core, ADMIN.username, 'Changed-pass-9')).toMatchObject({ ok: true })
  })
})
