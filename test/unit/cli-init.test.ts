import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import {
  ADMIN_PASSWORD,
  CLI_RUNS_TIMEOUT,
  INIT_ARGS,
  onlyJson,
  runCli,
  tempDir,
  removeTempDirs,
} from './cli-run'
import { openDataDirDatabase } from '../helpers/dataDirDatabase'

afterAll(removeTempDirs)

describe('xinlian init', () => {
  it('creates the unit and its administrator, and refuses to run twice', async () => {
    const dir = join(tempDir(), 'data')
    const first = await runCli(
      ['init', '--data-dir', dir, ...INIT_ARGS, '--admin-name', '张管理', '--json'],
      {
        XINLIAN_PASSWORD: ADMIN_PASSWORD,
      },
    )
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(onlyJson(first.stdout)).toMatchObject({
      ok: true,
      unit: { code: '330621', name: '示例县委统战部', level: 'county' },
      admin: { username: 'admin', displayName: '张管理', role: 'admin' },
    })

    const core = await createCore(
      { dataDir: dir, appVersion: 'test', shell: 'test' },
      { mounts: [] },
    )
    try {
      const slot = new SessionSlot()
      // Encrypted and closed until a password opens it: known to be set up, nothing more.
      expect(await core.call(slot, 'system.status', {})).toMatchObject({
        ok: true,
        value: { initialized: true, unit: null },
      })
      const login = await core.call(slot, 'auth.login', {
        username: 'admin',
        password: ADMIN_PASSWORD,
      })
      expect(login).toMatchObject({ ok: true, value: { role: 'admin', displayName: '张管理' } })
      expect(await core.call(slot, 'system.status', {})).toMatchObject({
        ok: true,
        value: { initialized: true, unit: { code: '330621' } },
      })
    } finally {
      core.close()
    }

    const again = await runCli(
      ['init', '--data-dir', dir, ...INIT_ARGS, '--unit-name', '另一个单位'],
      {
        XINLIAN_PASSWORD: ADMIN_PASSWORD,
      },
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('已完成初始化')
    expect(again.stdout).toBe('')
    const db = openDataDirDatabase(dir, { readonly: true })
    expect(db.prepare('SELECT name FROM units').all()).toEqual([{ name: '示例县委统战部' }])
    db.close()
  })

  it(
    'hashes at the production scrypt cost unless the test suite asks for its own',
    async () => {
      const costs = async (env: Record<string, string>) => {
        const dir = join(tempDir(), 'data')
        const r = await runCli(['init', '--data-dir', dir, ...INIT_ARGS], {
          XINLIAN_PASSWORD: ADMIN_PASSWORD,
          ...env,
        })
        expect(r.code).toBe(0)
        const keys = JSON.parse(readFileSync(join(dir, 'xinlian.keys'), 'utf8')) as {
          slots: { kind: string; kdf: { N: number } }[]
        }
        const db = openDataDirDatabase(dir, { readonly: true })
        const hash = db.prepare('SELECT password_hash FROM users').pluck().get() as string
        db.close()
        return { slot: keys.slots.find((k) => k.kind === 'user')!.kdf.N, hash: hash.split('$')[1] }
      }
      expect(await costs({})).toEqual({ slot: 2 ** 10, hash: String(2 ** 10) })
      // A staff member's environment: neither variable, or only one of them.
      expect(await costs({ XINLIAN_TEST_SCRYPT: '' })).toEqual({
        slot: 2 ** 17,
        hash: String(2 ** 17),
      })
      expect(await costs({ NODE_ENV: 'production' })).toEqual({
        slot: 2 ** 17,
        hash: String(2 ** 17),
      })
    },
    CLI_RUNS_TIMEOUT,
  )

  it('needs the password from XINLIAN_PASSWORD and creates nothing without it', async () => {
    const dir = join(tempDir(), 'data')
    const r = await runCli(['init', '--data-dir', dir, ...INIT_ARGS, '--json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('XINLIAN_PASSWORD')
    expect(onlyJson(r.stdout)).toMatchObject({ ok: false, error: { code: 'USAGE' } })
    expect(existsSync(dir)).toBe(false)

    const asArgument = await runCli([
      'init',
      '--data-dir',
      dir,
      ...INIT_ARGS,
      '--password',
      ADMIN_PASSWORD,
    ])
    expect(asArgument.code).toBe(2)
    expect(asArgument.stderr).toContain('XINLIAN_PASSWORD')
    expect(existsSync(dir)).toBe(false)
  })

  it('names the option that carried a bad value, in Chinese, as a usage error', async () => {
    const dir = join(tempDir(), 'data')
    const r = await runCli(
      [
        'init',
        '--data-dir',
        dir,
        '--unit-code',
        '33062',
        '--unit-name',
        '示例县委统战部',
        '--admin',
        'admin',
      ],
      { XINLIAN_PASSWORD: ADMIN_PASSWORD },
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^--unit-code：.*行政区划代码/m)

    const weak = await runCli(['init', '--data-dir', dir, ...INIT_ARGS], {
      XINLIAN_PASSWORD: 'short',
    })
    expect(weak.code).toBe(2)
    expect(weak.stderr).toMatch(/^XINLIAN_PASSWORD：.*密码/m)
  })
})

describe('xinlian usage', () => {
  it('prints Chinese help and exits 0', async () => {
    const top = await runCli(['--help'])
    expect(top.code).toBe(0)
    for (const name of ['init', 'serve', 'audit verify', 'backup'])
      expect(top.stdout).toContain(name)
    const cmd = await runCli(['backup', '--help'])
    expect(cmd.code).toBe(0)
    expect(cmd.stdout).toMatch(/^用法：xinlian backup .*--out <文件>/m)
  })

  it('answers mistakes with exit code 2 and a Chinese message', async () => {
    const cases: [string[], RegExp][] = [
      [['nonsense'], /未知命令“nonsense”/],
      [['audit'], /audit verify/],
      [['init', '--data-dir', '/tmp/x', '--bogus'], /不认识的选项 --bogus/],
      [['init', '--data-dir', '/tmp/x', '--admin'], /--admin 需要一个值/],
      [['init', '--data-dir', '/tmp/x', 'extra'], /多余的参数“extra”/],
      [['init', '--data-dir', '/tmp/x'], /缺少必填选项：--unit-code、--unit-name、--admin/],
      [['audit', 'verify', '--user', 'admin'], /XINLIAN_DATA_DIR/],
      [['serve', '--data-dir', '/tmp/x', '--port', '70000'], /端口“70000”无效/],
    ]
    for (const [args, message] of cases) {
      const r = await runCli(args, { XINLIAN_PASSWORD: ADMIN_PASSWORD })
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stdout).toBe('')
    }
  })
})
