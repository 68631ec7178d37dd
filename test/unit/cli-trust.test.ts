import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTestCore } from '../helpers/testCore'
import { SAMPLES_DIR } from './import-fixtures'
import { onlyJson, removeTempDirs, runCli, startCli, tempDir, type CliRun } from './cli-run'

afterAll(removeTempDirs)

const AUDITOR = { username: 'auditor', password: 'Auditor-pass-1' }
// Each CLI run is its own Node process: a few are enough to overlap on 2 cores.
const PARALLEL = 6

/**
 * A register made in-process with cheap scrypt (24 processes each hashing at production
 * cost would only measure the machine), plus a second admin to look at it afterwards.
 */
async function register(): Promise<string> {
  const t = await makeTestCore({ dir: join(tempDir(), 'data') })
  await t.ok('users.create', {
    username: AUDITOR.username,
    displayName: '审计员',
    role: 'admin',
    password: `${AUDITOR.password}-first`,
  })
  const { SessionSlot } = await import('../../electron/core/session')
  const slot = new SessionSlot()
  await t.ok(
    'auth.login',
    { username: AUDITOR.username, password: `${AUDITOR.password}-first` },
    slot,
  )
  await t.ok(
    'auth.changePassword',
    { currentPassword: `${AUDITOR.password}-first`, newPassword: AUDITOR.password },
    slot,
  )
  t.core.close()
  return t.dir
}

let dir: string
beforeAll(async () => {
  dir = await register()
}, 120_000)

describe('parallel processes', () => {
  it(`${PARALLEL} wrong passwords at once: no key slot opens, so no process touches the database`, async () => {
    const db = join(dir, 'xinlian.db')
    const before = { db: readFileSync(db), keys: readFileSync(join(dir, 'xinlian.keys')) }
    const runs: Promise<CliRun>[] = []
    for (let i = 0; i < PARALLEL; i++) {
      runs.push(
        runCli(['persons', 'count', '--data-dir', dir, '--user', i % 2 ? 'admin' : 'nobody'], {
          XINLIAN_PASSWORD: `wrong-${i}`,
        }),
      )
    }
    const done = await Promise.all(runs)
    expect(done.map((r) => r.code)).toEqual(Array(done.length).fill(1))
    for (const r of done) {
      expect(r.stderr).toContain('用户名或密码不正确')
      expect(r.stderr).not.toMatch(/SQLITE|at .*\.ts:\d+/)
    }
    // Encrypted, the database stays shut until a password unwraps its key: a wrong one
    // cannot even be counted inside it (the running app audits them once it opens).
    expect(readFileSync(db).equals(before.db)).toBe(true)
    expect(existsSync(`${db}-wal`)).toBe(false)
    expect(readFileSync(join(dir, 'xinlian.keys')).equals(before.keys)).toBe(true)
    const verify = await runCli(
      ['audit', 'verify', '--data-dir', dir, '--user', AUDITOR.username, '--json'],
      { XINLIAN_PASSWORD: AUDITOR.password },
    )
    expect(verify.code).toBe(0)
    expect(onlyJson(verify.stdout)).toMatchObject({ ok: true, brokenCount: 0 })
  }, 600_000)
})

describe('files the CLI writes', () => {
  const MESSY = join(SAMPLES_DIR, 'sample-county-messy.xlsx')
  const importWithErrors = (target: string) =>
    runCli(
      [
        'persons',
        'import',
        MESSY,
        '--dry-run',
        '--errors',
        target,
        '--data-dir',
        dir,
        '--user',
        AUDITOR.username,
      ],
      { XINLIAN_PASSWORD: AUDITOR.password },
    )

  it('import --errors refuses the live database, an existing file, a link, a missing folder, a wrong name', async () => {
    const out = tempDir()
    const db = join(dir, 'xinlian.db')
    const dbBefore = statSync(db).size
    const existing = join(out, '已有.xlsx')
    writeFileSync(existing, 'keep me')
    const link = join(out, '链接.xlsx')
    symlinkSync(db, link)
    const cases: [string, RegExp][] = [
      [db, /\.xlsx/],
      [existing, /已存在/],
      [link, /链接/],
      [join(out, '没有这个文件夹', '错误.xlsx'), /不存在/],
      [join(out, '错误.txt'), /\.xlsx/],
    ]
    for (const [target, message] of cases) {
      const r = await importWithErrors(target)
      expect(r.code, target).not.toBe(0)
      expect(r.stderr, target).toMatch(message)
      expect(r.stderr, target).not.toMatch(/at .*\.ts:\d+/)
    }
    expect(readFileSync(existing, 'utf8')).toBe('keep me')
    expect(existsSync(join(out, '没有这个文件夹'))).toBe(false)
    expect(statSync(db).size).toBe(dbBefore)
    const count = await runCli(
      ['persons', 'count', '--data-dir', dir, '--user', AUDITOR.username],
      {
        XINLIAN_PASSWORD: AUDITOR.password,
      },
    )
    expect(count.code).toBe(0)
    // And a good target still works, leaving no temporary file beside it.
    const good = join(out, '错误行.xlsx')
    expect((await importWithErrors(good)).code).toBe(0)
    expect(readdirSync(out).filter((n) => n.endsWith('.partial'))).toEqual([])
    expect(statSync(good).mode & 0o777).toBe(0o600)
  }, 300_000)

  it('backup and export refuse an --out in a folder that does not exist', async () => {
    const missing = join(tempDir(), '不存在的文件夹')
    const env = { XINLIAN_PASSWORD: AUDITOR.password }
    const user = ['--data-dir', dir, '--user', AUDITOR.username]
    const backup = await runCli(['backup', '--out', join(missing, 'b.xlbak'), ...user], env)
    expect(backup.code).toBe(1)
    expect(backup.stderr).toContain('不存在')
    const exported = await runCli(['persons', 'export', join(missing, 'p.xlsx'), ...user], env)
    expect(exported.code).toBe(1)
    expect(exported.stderr).toContain('不存在')
    expect(existsSync(missing)).toBe(false)
  }, 120_000)
})

describe('a closed pipe', () => {
  it('`xinlian … --json | head -1` ends quietly: no EPIPE, no stack', async () => {
    const child = startCli(['persons', 'count', '--json', '--data-dir', dir, '--user', 'auditor'], {
      XINLIAN_PASSWORD: AUDITOR.password,
    })
    // The reader goes away before the answer is written, as head does after its line.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error|at /)
    expect(code).toBe(0)
  }, 120_000)
})
