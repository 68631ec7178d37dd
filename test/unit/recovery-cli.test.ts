import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { ADMIN_PASSWORD, initializedDir, removeTempDirs, runCli } from './cli-run'

afterAll(removeTempDirs)

/** The recovery key of a directory made by `xinlian init` is printed nowhere we can read: make one. */
async function directoryWithKnownRecoveryKey(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = await initializedDir()
  const core = await createCore({ dataDir: dir, appVersion: 'test', shell: 'test' }, { mounts: [] })
  try {
    const slot = new SessionSlot()
    const r = await core.call(slot, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    if (!r.ok) throw new Error(r.error.message)
    return { dir, recoveryKey: await core.keys!.replaceRecoveryKey() }
  } finally {
    core.close()
  }
}

describe('xinlian recovery reset-password', () => {
  it('gives back access with the recovery key when every password is forgotten', async () => {
    const { dir, recoveryKey } = await directoryWithKnownRecoveryKey()
    // Typed off paper: lower case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ')
    const r = await runCli(['recovery', 'reset-password', '--data-dir', dir, '--user', 'admin'], {
      XINLIAN_RECOVERY_KEY: typed,
      XINLIAN_PASSWORD: 'Recovered-pass-1',
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('已用恢复密钥')
    const core = await createCore(
      { dataDir: dir, appVersion: 'test', shell: 'test' },
      { mounts: [] },
    )
    try {
      const slot = new SessionSlot()
      expect(
        await core.call(slot, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD }),
      ).toMatchObject({ ok: false })
      expect(
        await core.call(slot, 'auth.login', { username: 'admin', password: 'Recovered-pass-1' }),
      ).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    } finally {
      core.close()
    }
  }, 120_000)

  it('without password or recovery key says plainly the data cannot be opened, deleting nothing', async () => {
    const { dir } = await directoryWithKnownRecoveryKey()
    const before = readFileSync(join(dir, 'xinlian.db'))
    const r = await runCli(['recovery', 'reset-password', '--data-dir', dir, '--user', 'admin'], {
      XINLIAN_RECOVERY_KEY: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      XINLIAN_PASSWORD: 'x-Pass-12345',
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('恢复密钥不正确')
    expect(r.stderr).toContain('数据将无法打开')
    expect(r.stderr).toContain('不会删除任何文件')
    expect(readFileSync(join(dir, 'xinlian.db')).equals(before)).toBe(true)
    expect(readFileSync(join(dir, 'xinlian.keys')).length).toBeGreaterThan(0)
  }, 120_000)
})
