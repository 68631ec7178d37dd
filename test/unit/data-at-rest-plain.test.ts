import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { readKeySlots } from '../../db/atRest/keyRing'
import { encryptingPath, writeEncryptedCopy } from '../../db/atRest/encryptPlain'
import { ADMIN, TEST_SCRYPT, startTestCore } from '../helpers/testCore'
import type { Events } from '../../shared/contract'
import { ENCRYPT_STAGES } from '../../shared/contract/backups'
import { ENCRYPT_TASK } from '../../electron/services/atRest/runEncryptWorker'
import { makePlainDataDir, PLAIN_SECRET } from '../helpers/plainDataDir'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

async function start(dir: string): Promise<Core> {
  const core = await startTestCore(dir)
  cleanups.unshift(() => core.close())
  return core
}

const SECRET = PLAIN_SECRET

/** A data directory as the version before encryption left it: plain, set up, one person. */
async function plainDirectory(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-plain-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  await makePlainDataDir(dir)
  return dir
}

const login = (core: Core) =>
  core.call(new SessionSlot(), 'auth.login', { username: ADMIN.username, password: ADMIN.password })

describe('a plain database from before encryption', () => {
  it('is encrypted at the first sign-in, with the same rows, and opens only by password after', async () => {
    const dir = await plainDirectory()
    const core = await start(dir)
    expect(core.locked).toBe(false)
    // The move runs in a worker and tells the sign-in screen each step, up to 100.
    const moved: Events['progress'][] = []
    core.events.subscribe((event, p) => {
      if (event === 'progress' && (p as Events['progress']).task === ENCRYPT_TASK)
        moved.push(p as Events['progress'])
    })
    expect(await login(core)).toMatchObject({ ok: true })
    expect(core.keys).not.toBeNull()
    const steps = moved.map((p) => ENCRYPT_STAGES.indexOf(p.part!.name as never))
    expect(new Set(steps)).toEqual(new Set(ENCRYPT_STAGES.map((_, i) => i)))
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    const percents = moved.map((p) => p.done)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(moved.at(-1)).toMatchObject({ done: 100, total: 100 })
    expect(core.takeRecoveryKey()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    core.close()
    const bytes = readFileSync(join(dir, 'xinlian.db'))
    expect(bytes.includes('SQLite format 3')).toBe(false)
    for (const plain of Object.values(SECRET))
      expect(bytes.includes(Buffer.from(plain))).toBe(false)
    expect(existsSync(encryptingPath(join(dir, 'xinlian.db')))).toBe(false)

    const again = await start(dir)
    expect(again.locked).toBe(true)
    expect(await login(again)).toMatchObject({ ok: true })
    const names = again.database.sqlite.prepare('SELECT name FROM persons').pluck().all()
    expect(names).toEqual([SECRET.name])
    expect(again.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('holds every other call until the move is done, and asks the next administrator to take a new recovery key', async () => {
    const dir = await plainDirectory()
    const core = await start(dir)
    const page = new SessionSlot()
    const signingIn = core.call(page, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    // The page's status while the move runs answers only after it: never the session over
    // the plain file about to be replaced, which would take the page to the main window.
    let signedInAnswered = false
    void signingIn.then(() => (signedInAnswered = true))
    const during = await core.call(page, 'system.status', {})
    expect(signedInAnswered).toBe(true)
    expect(during).toMatchObject({ ok: true, value: { databaseLocked: false } })
    expect(core.keys).not.toBeNull()
    // The move's recovery key was shown to nobody: the status says one is due…
    expect(during.ok && during.value.recoveryKeyPending).toBe(true)
    // …until an administrator is given a new one.
    const shown = await core.call(page, 'recovery.regenerateKey', {})
    expect(shown.ok).toBe(true)
    expect(await core.keys!.opensWithRecoveryKey(shown.ok ? shown.value.recoveryKey : '')).toBe(
      true,
    )
    const after = await core.call(page, 'system.status', {})
    expect(after.ok && after.value.recoveryKeyPending).toBe(false)
  })

  it('stopped before the key file holds a user: the plain database opens as it was', async () => {
    const dir = await plainDirectory()
    const db = join(dir, 'xinlian.db')
    const before = readFileSync(db)
    // A checked copy and a key file with only the recovery slot: killed right after.
    const { KeyRing } = await import('../../db/atRest/keyRing')
    const { ring } = await KeyRing.create(dir, TEST_SCRYPT)
    writeEncryptedCopy(db, ring.key)
    const core = await start(dir)
    expect(core.locked).toBe(false)
    expect(core.keys).toBeNull()
    expect(readFileSync(db).equals(before)).toBe(true)
    expect(existsSync(encryptingPath(db))).toBe(false)
    expect(existsSync(join(dir, 'xinlian.keys'))).toBe(false)
  })

  it('stopped after the key file, before or during the swap: the encrypted copy is put in place', async () => {
    const dir = await plainDirectory()
    const db = join(dir, 'xinlian.db')
    const { KeyRing } = await import('../../db/atRest/keyRing')
    const ring = KeyRing.unsaved(dir, TEST_SCRYPT)
    writeEncryptedCopy(db, ring.key)
    await ring.replaceRecoveryKey()
    const adminId = (await (async () => {
      const { openSqlite } = await import('../../db/atRest/cipher')
      const plain = openSqlite(db, null, { readonly: true })
      try {
        return plain.prepare("SELECT id FROM users WHERE username = 'admin'").pluck().get()
      } finally {
        plain.close()
      }
    })()) as string
    await ring.setUserPassword({ userId: adminId, username: ADMIN.username }, ADMIN.password)
    // Half the plain file already zeroed when the power went.
    const half = readFileSync(db)
    half.fill(0, 0, half.length >> 1)
    writeFileSync(db, half)
    expect(readKeySlots(dir)!.slots).toHaveLength(2)
    const core = await start(dir)
    expect(core.locked).toBe(true)
    expect(await login(core)).toMatchObject({ ok: true })
    expect(core.database.sqlite.prepare('SELECT name FROM persons').pluck().all()).toEqual([
      SECRET.name,
    ])
  })
})
