import { cpSync, existsSync, readFileSync } from 'node:fs'
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
} from './cli-run'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

afterAll(removeTempDirs)

let source: string
beforeAll(async () => {
  source = await initializedDir()
})

/** Each test works on its own copy, so the tests do not see each other's audit rows. */
function copyOfSource(): string {
  const dir = join(tempDir(), 'data')
  cpSync(source, dir, { recursive: true })
  return dir
}

const verify = (
  dir: string,
  env: Record<string, string> = { XINLIAN_PASSWORD: ADMIN_PASSWORD },
  extra: string[] = [],
) => runCli(['audit', 'verify', '--data-dir', dir, '--user', 'admin', ...extra], env)

describe('xinlian audit verify', () => {
  it('prints exactly one JSON document for an intact chain, and audits the check', async () => {
    const dir = copyOfSource()
    const r = await verify(dir, { XINLIAN_PASSWORD: ADMIN_PASSWORD }, ['--json'])
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout)
    expect(doc).toMatchObject({ ok: true, firstBrokenSeq: null })
    const rows = auditRows(dir)
    // Checked: setup.init and this run's own sign-in.
    expect(doc.checked).toBe(rows.length - 1)
    expect(rows.slice(-2).map((row) => [row.action, row.result, row.username])).toEqual([
      ['auth.login', 'ok', 'admin'],
      ['audit.verify', 'ok', 'admin'],
    ])
  })

  it('names the first broken row and exits non-zero after the log was tampered with', async () => {
    const dir = copyOfSource()
    const raw = openDataDirDatabase(dir)
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
    raw
      .prepare("UPDATE audit_log SET detail = '330621 另一个单位；管理员 admin' WHERE seq = 1")
      .run()
    raw.close()

    const human = await verify(dir)
    expect(human.code).toBe(1)
    expect(human.stderr).toContain('共 1 处哈希链断开，在第 1 条记录')

    const json = await verify(dir, { XINLIAN_PASSWORD: ADMIN_PASSWORD }, ['--json'])
    expect(json.code).toBe(1)
    expect(onlyJson(json.stdout)).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      brokenSeqs: [1],
      brokenCount: 1,
    })
    expect(json.stderr).toContain('第 1 条')
  })

  it('refuses a wrong password: its key slot stays shut, so the database is not even opened', async () => {
    const dir = copyOfSource()
    const before = readFileSync(join(dir, 'xinlian.db'))
    const r = await verify(dir, { XINLIAN_PASSWORD: 'Wrong-passw0rd' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/用户名或密码不正确/)
    // Nothing could count it inside the database: the file is byte for byte what it was.
    expect(readFileSync(join(dir, 'xinlian.db')).equals(before)).toBe(true)
  })

  it('is for administrators only, and the refusal is audited', async () => {
    const dir = copyOfSource()
    await addUser(dir, 'viewer1', 'viewer', 'Viewer-pass-1')
    const r = await runCli(['audit', 'verify', '--data-dir', dir, '--user', 'viewer1'], {
      XINLIAN_PASSWORD: 'Viewer-pass-1',
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('当前账号没有此操作的权限')
    expect(r.stdout).toBe('')
    expect(auditRows(dir).at(-1)).toMatchObject({
      action: 'audit.verify',
      result: 'denied',
      username: 'viewer1',
    })
  })

  it('needs --user, and an existing database', async () => {
    const noUser = await runCli(['audit', 'verify', '--data-dir', source], {
      XINLIAN_PASSWORD: ADMIN_PASSWORD,
    })
    expect(noUser.code).toBe(2)
    expect(noUser.stderr).toContain('--user')

    const missing = join(tempDir(), 'typo')
    const r = await verify(missing)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('没有新联台账的数据库')
    expect(existsSync(missing)).toBe(false)
  })

  it('refuses a database made by a newer version, in Chinese, without touching it', async () => {
    const dir = copyOfSource()
    const raw = openDataDirDatabase(dir)
    raw
      .prepare(
        "INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', '2999-01-01')",
      )
      .run()
    raw.close()
    const before = auditRows(dir).length
    const r = await verify(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('更新版本')
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
    expect(auditRows(dir).length).toBe(before)
  })
})
