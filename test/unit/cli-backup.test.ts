import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
import { dataDirKey } from '../helpers/dataDirDatabase'

afterAll(removeTempDirs)

let dir: string
beforeAll(async () => {
  dir = await initializedDir()
})

function counts(file: string): Record<string, number> {
  const db = openSqlite(file, dataDirKey(dir), { readonly: true })
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
    const out = join(outDir, '新联台账.db')
    // A folder the user names must exist: a typo is refused, not made (cli-trust.test.ts).
    mkdirSync(outDir)
    const r = await backup(out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(onlyJson(r.stdout)).toMatchObject({ ok: true, path: out, integrity: 'ok' })
    expect(readdirSync(outDir)).toEqual(['新联台账.db'])

    // Written under the data directory's key: the copy on a USB stick reads as noise.
    expect(readFileSync(out).includes('SQLite format 3')).toBe(false)
    const copy = openSqlite(out, dataDirKey(dir), { readonly: true })
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
    const out = join(tempDir(), 'existing.db')
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
      const r = await backup(join(outDir, 'b.db'), 'op1', 'Operator-pass-1')
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
