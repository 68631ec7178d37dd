import type BetterSqlite3 from 'better-sqlite3'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupDatabase } from '../../electron/services/backup/backup'
import { openXlbakDatabase } from '../helpers/xlbakCopy'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
const manual = { kind: 'manual' as const, appVersion: '0.0.0-test', nowMs: Date.now() }
afterEach(() => t?.cleanup())

const count = (db: BetterSqlite3.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('backup', () => {
  it('copies online, checks integrity and leaves no temporary file', async () => {
    t = await makeTestCore()
    for (let i = 0; i < 5; i++) {
      await t.ok('users.create', {
        username: `u${i}`,
        displayName: `用户${i}`,
        role: 'viewer',
        password: 'Temp-pass-123',
      })
    }
    const result = await t.ok('backup.create', {})
    expect(result.integrity).toBe('ok')
    expect(result.path.startsWith(join(t.dir, 'backups'))).toBe(true)
    expect(readdirSync(join(t.dir, 'backups')).filter((n) => n.includes('partial'))).toEqual([])

    // Encrypted under the database's key: no header, no name of anyone in it.
    const bytes = readFileSync(result.path)
    expect(bytes.includes('SQLite format 3')).toBe(false)
    expect(bytes.includes(Buffer.from('用户3'))).toBe(false)
    const copy = openXlbakDatabase(result.path, t.core.keys!.key)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(count(copy, 'users')).toBe(count(t.core.database.sqlite, 'users'))
    copy.close()
    expect((await t.ok('backup.list', {})).map((b) => b.path)).toContain(result.path)
    const audit = t.core.database.sqlite
      .prepare("SELECT result FROM audit_log WHERE action = 'backup.create'")
      .all()
    expect(audit).toEqual([{ result: 'ok' }])
  })

  it('keeps the same counts when written to while it runs', async () => {
    t = await makeTestCore()
    const out = join(t.dir, 'backups', 'during-writes.xlbak')
    const writes = (async () => {
      for (let i = 0; i < 20; i++) {
        await t.ok('users.create', {
          username: `w${i}`,
          displayName: `写入${i}`,
          role: 'viewer',
          password: 'Temp-pass-123',
        })
      }
    })()
    const done = await backupDatabase(t.core.database.sqlite, t.core.keys!.key, out, {
      ...manual,
      target: { createFolder: true },
    })
    await writes
    const copy = openXlbakDatabase(done.path, t.core.keys!.key)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    // A consistent snapshot: every user in the copy has its audit row, whatever the moment.
    const users = count(copy, 'users') - 1
    const created = (
      copy.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'users.create'").get() as {
        n: number
      }
    ).n
    expect(created).toBe(users)
    copy.close()
  })

  it('fails cleanly when the destination cannot be written, leaving nothing under the final name', async () => {
    t = await makeTestCore()
    // The "folder" is the database file itself, so nothing can be created under it.
    const out = join(t.dir, 'xinlian.db', 'backup.xlbak')
    await expect(
      backupDatabase(t.core.database.sqlite, t.core.keys!.key, out, {
        ...manual,
        target: { createFolder: true },
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('不是文件夹') })
    expect(existsSync(out)).toBe(false)
    // A folder that exists but cannot be written to: the system's refusal, worded.
    const readOnly = join(t.dir, 'read-only')
    mkdirSync(readOnly, { mode: 0o500 })
    const denied = join(readOnly, 'backup.xlbak')
    if (process.getuid?.() === 0) return // root writes anywhere: nothing more to see
    await expect(
      backupDatabase(t.core.database.sqlite, t.core.keys!.key, denied, manual),
    ).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('备份未完成'),
    })
    expect(readdirSync(readOnly)).toEqual([])
  })
})
