import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  explicitDataDir,
  profileDirFor,
  resolveDataDir,
  userDataDirFor,
} from '../../electron/main/dataDir'

const base = { env: {}, userDataDir: '/home/u/.config/新联台账', cwd: '/work' }

describe('data directory', () => {
  it('defaults to <userData>/data', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '.'] })).toBe(
      join(base.userDataDir, 'data'),
    )
  })

  it('takes --data-dir in both spellings, relative to the working directory', () => {
    expect(resolveDataDir({ ...base, argv: ['x', '--data-dir', 'd1'] })).toBe(
      resolve('/work', 'd1'),
    )
    expect(resolveDataDir({ ...base, argv: ['x', '--data-dir=/srv/d2'] })).toBe('/srv/d2')
  })

  it('prefers the flag over XINLIAN_DATA_DIR, and the variable over the default', () => {
    const env = { XINLIAN_DATA_DIR: '/from/env' }
    expect(resolveDataDir({ ...base, env, argv: ['--data-dir', '/from/flag'] })).toBe('/from/flag')
    expect(resolveDataDir({ ...base, env, argv: [] })).toBe('/from/env')
  })

  it('ignores a flag without a value and a blank variable', () => {
    expect(explicitDataDir(['--data-dir'], {})).toBeNull()
    expect(explicitDataDir(['--data-dir', '--other'], {})).toBeNull()
    expect(explicitDataDir(['--data-dir='], { XINLIAN_DATA_DIR: '  ' })).toBeNull()
  })

  it('finds the per-user directory the desktop app would use on each platform', () => {
    expect(userDataDirFor({ platform: 'linux', env: {}, home: '/home/u' })).toBe(
      '/home/u/.config/新联台账',
    )
    expect(
      userDataDirFor({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/u' }),
    ).toBe('/cfg/新联台账')
    expect(
      userDataDirFor({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' },
        home: 'C:\\Users\\u',
      }),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\新联台账')
    expect(userDataDirFor({ platform: 'win32', env: {}, home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\新联台账',
    )
  })
})

describe('profile per data directory', () => {
  const userData = '/home/u/.config/新联台账'

  it('keeps the default profile for the default data directory', () => {
    expect(profileDirFor(userData, join(userData, 'data'), 'linux')).toBeNull()
  })

  it('gives each explicit data directory its own stable profile', () => {
    const a = profileDirFor(userData, '/srv/a', 'linux')
    expect(a).toBe(profileDirFor(userData, '/srv/a', 'linux'))
    expect(a).not.toBe(profileDirFor(userData, '/srv/b', 'linux'))
    expect(a!.startsWith(join(userData, 'profiles'))).toBe(true)
  })

  it('treats Windows paths differing only in case as one directory', () => {
    expect(profileDirFor(userData, 'D:\\Ledger', 'win32')).toBe(
      profileDirFor(userData, 'd:\\ledger', 'win32'),
    )
    expect(profileDirFor(userData, '/srv/Ledger', 'linux')).not.toBe(
      profileDirFor(userData, '/srv/ledger', 'linux'),
    )
  })
})
