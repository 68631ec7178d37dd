import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addUser,
  ADMIN_PASSWORD,
  auditRows,
  initializedDir,
  onlyJson,
  runCli,
  tempDir,
  removeTempDirs,
  CLI_RUNS_TIMEOUT,
} from './cli-run'
import { openSqlite } from '../../db/atRest/cipher'
import { APP_LOCK_FILE } from '../../electron/core/appLock'
import { createCore } from '../../electron/core/core'
import { TEST_SCRYPT } from '../../electron/services/auth/testScrypt'
import { dataDirKey } from '../helpers/dataDirDatabase'
import { openXlbakDatabase } from '../helpers/xlbakCopy'

afterAll(removeTempDirs)

let dir: string
beforeAll(async () => {
  dir = await initializedDir()
})

function counts(file: string): Record<string, number> {
  const db = file.endsWith('.xlbak')
    ? openXlbakDatabase(file, dataDirKey(dir))
    : openSqlite(file, dataDirKey(dir), { readonly: true })
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all() as { name: string }[]
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    )
  } finally {
    db.close()
  }
}

const backup = (out: string, user = 'admin', password = ADMIN_PASSWORD) =>
  runCli(['backup', '--data-dir', dir, '--user', user, '--out', out, '--json'], {
    XINLIAN_PASSWORD: password,
  })

describe('xinlian backup', () => {
  it('writes an integrity-checked copy with the same rows, leaves no temporary file, and audits it', async () => {
    const outDir = join(tempDir(), '备份')
    const out = join(outDir, '新联台账.xlbak')
    // A folder the user names must exist: a typo is refused, not made (cli-trust.test.ts).
    mkdirSync(outDir)
    const r = await backup(out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(onlyJson(r.stdout)).toMatchObject({ ok: true, path: out, integrity: 'ok' })
    expect(readdirSync(outDir)).toEqual(['新联台账.xlbak'])

    // Written under the data directory's key: the copy on a USB stick reads as noise.
    expect(readFileSync(out).includes('SQLite format 3')).toBe(false)
    const copy = openXlbakDatabase(out, dataDirKey(dir))
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    const source = counts(join(dir, 'xinlian.db'))
    const copied = counts(out)
    // The audit row of the backup itself is written after the copy was taken.
    expect(copied).toEqual({ ...source, audit_log: source.audit_log! - 1 })
    expect(auditRows(dir).at(-1)).toMatchObject({
      action: 'backup.create',
      result: 'ok',
      username: 'admin',
      detail: out,
    })
  })

  it('never replaces an existing file', async () => {
    const out = join(tempDir(), 'existing.xlbak')
    writeFileSync(out, 'keep me')
    const r = await backup(out)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('已存在')
    expect(readFileSync(out, 'utf8')).toBe('keep me')
  })

  // Several xinlian processes, each unwrapping the key slot and checking the password (two
  // deliberately slow scrypt runs): more than the default 30 s on a busy machine.
  it(
    'is refused to a non-administrator, with a denied audit row and no file',
    async () => {
      await addUser(dir, 'op1', 'operator', 'Operator-pass-1')
      const outDir = tempDir()
      const r = await backup(join(outDir, 'b.xlbak'), 'op1', 'Operator-pass-1')
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('当前账号没有此操作的权限')
      expect(onlyJson(r.stdout)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(readdirSync(outDir)).toEqual([])
      expect(auditRows(dir).at(-1)).toMatchObject({
        action: 'backup.create',
        result: 'denied',
        username: 'op1',
      })
    },
    CLI_RUNS_TIMEOUT,
  )
})

describe('xinlian backups list and xinlian restore', () => {
  it(
    'lists backups without signing in, restores into a new computer’s empty data directory, and over an existing one',
    async () => {
      const outDir = tempDir()
      const out = join(outDir, 'carried.xlbak')
      expect((await backup(out)).code).toBe(0)
      mkdirSync(join(dir, 'backups'), { recursive: true })
      const made = await runCli(
        [
          'backup',
          '--data-dir',
          dir,
          '--user',
          'admin',
          '--out',
          join(dir, 'backups', 'in-folder.xlbak'),
          '--json',
        ],
        { XINLIAN_PASSWORD: ADMIN_PASSWORD },
      )
      expect(made.code).toBe(0)

      const listed = await runCli(['backups', 'list', '--data-dir', dir, '--json'])
      expect(listed.code).toBe(0)
      const entries = (
        onlyJson(listed.stdout) as {
          backups: { name: string; manifest: { unit: { code: string } } }[]
        }
      ).backups
      expect(entries.map((e) => e.name)).toContain('in-folder.xlbak')
      expect(entries[0]!.manifest.unit.code).toBe('330621')

      // A new computer: nothing in the data directory yet.
      const fresh = join(tempDir(), '新电脑')
      const restored = await runCli(
        ['restore', out, '--data-dir', fresh, '--user', 'admin', '--json'],
        { XINLIAN_PASSWORD: ADMIN_PASSWORD },
      )
      expect(restored.stderr).toBe('')
      expect(restored.code).toBe(0)
      expect(onlyJson(restored.stdout)).toMatchObject({ ok: true, restoredFrom: 'carried.xlbak' })
      const copied = counts(out)
      const db = openSqlite(join(fresh, 'xinlian.db'), dataDirKey(fresh), { readonly: true })
      expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(copied.users)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      db.close()
      expect(auditRows(fresh).at(-1)).toMatchObject({ action: 'backups.restore', result: 'ok' })

      // Over an existing installation: a safety backup first, through backups.restore.
      const again = await runCli(
        ['restore', out, '--data-dir', fresh, '--user', 'admin', '--json'],
        { XINLIAN_PASSWORD: ADMIN_PASSWORD },
      )
      expect(again.code).toBe(0)
      expect(onlyJson(again.stdout)).toMatchObject({
        ok: true,
        safetyBackup: expect.stringMatching(/beforeRestore\.xlbak$/),
      })
      expect(readdirSync(join(fresh, 'backups'))).toContain('carried.xlbak')
    },
    CLI_RUNS_TIMEOUT,
  )

  it(
    'refuses while the app has the data directory open, and restores once it has quit',
    async () => {
      const out = join(tempDir(), 'while-open.xlbak')
      expect((await backup(out)).code).toBe(0)
      const restore = () =>
        runCli(['restore', out, '--data-dir', dir, '--user', 'admin', '--json'], {
          XINLIAN_PASSWORD: ADMIN_PASSWORD,
        })
      const safetyBackups = () =>
        readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('beforeRestore.xlbak'))
      const before = safetyBackups()

      // The app (a web shell here; the desktop window holds it the same way) has it open.
      const app = await createCore({
        dataDir: dir,
        appVersion: '0.0.0-test',
        shell: 'web',
        scrypt: TEST_SCRYPT,
      })
      try {
        const refused = await restore()
        expect(refused.code).toBe(1)
        expect(refused.stderr).toContain(`正在使用这个数据目录（进程 ${process.pid}）`)
        // Refused before anything was touched: no safety backup, no copy in the folder.
        expect(safetyBackups()).toEqual(before)
        expect(readdirSync(join(dir, 'backups'))).not.toContain('while-open.xlbak')
      } finally {
        app.close()
      }
      expect(existsSync(join(dir, APP_LOCK_FILE))).toBe(false)

      // A lock a crashed app left behind (its process gone) holds nothing.
      const gone = spawnSync(process.execPath, ['-e', '']).pid
      writeFileSync(
        join(dir, APP_LOCK_FILE),
        JSON.stringify({ pid: gone, shell: 'electron', since: new Date().toISOString() }),
      )
      const restored = await restore()
      expect(restored.stderr).toBe('')
      expect(restored.code).toBe(0)
      expect(safetyBackups().length).toBe(before.length + 1)
    },
    CLI_RUNS_TIMEOUT,
  )
})
