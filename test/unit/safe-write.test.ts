import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBytesSafely, writeFileSafely } from '../../electron/services/files/safeWrite'
import { makeTestCore, type TestCore } from '../helpers/testCore'

const dirs: string[] = []
let t: TestCore | undefined
afterEach(() => {
  t?.cleanup()
  t = undefined
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'xinlian-write-'))
  dirs.push(d)
  return d
}

const bytes = Buffer.from('新的内容')
const mode = (path: string) => statSync(path).mode & 0o777
const posix = process.platform !== 'win32'

describe('the one safe writer', () => {
  it('refuses an existing file unless asked, and then replaces it whole', async () => {
    const d = folder()
    const target = join(d, 'list.xlsx')
    writeFileSync(target, 'old')
    expect(() => writeBytesSafely(target, bytes, { extension: '.xlsx' })).toThrow(/已存在/)
    expect(readFileSync(target, 'utf8')).toBe('old')
    writeBytesSafely(target, bytes, { extension: '.xlsx', overwrite: true })
    expect(readFileSync(target)).toEqual(bytes)
    expect(readdirSync(d)).toEqual(['list.xlsx'])
  })

  it('never follows a link, even when overwriting is allowed', async () => {
    const d = folder()
    const precious = join(d, 'xinlian.db')
    writeFileSync(precious, 'the register')
    const link = join(d, 'errors.xlsx')
    symlinkSync(precious, link)
    for (const overwrite of [false, true]) {
      expect(() => writeBytesSafely(link, bytes, { extension: '.xlsx', overwrite })).toThrow(/链接/)
      await expect(
        writeFileSafely(link, { extension: '.xlsx', overwrite }, (p) => writeFileSync(p, bytes)),
      ).rejects.toThrow(/链接/)
    }
    expect(readFileSync(precious, 'utf8')).toBe('the register')
  })

  it('refuses a folder that does not exist, unless it is the app’s own to make', async () => {
    const d = folder()
    const target = join(d, 'no-such-folder', 'list.xlsx')
    expect(() => writeBytesSafely(target, bytes, { extension: '.xlsx' })).toThrow(/不存在/)
    expect(existsSync(join(d, 'no-such-folder'))).toBe(false)
    writeBytesSafely(target, bytes, { createFolder: true })
    expect(readFileSync(target)).toEqual(bytes)
    if (posix) expect(mode(join(d, 'no-such-folder'))).toBe(0o700)
  })

  it('refuses the wrong extension, in any case of the right one', async () => {
    const d = folder()
    expect(() => writeBytesSafely(join(d, 'x.db'), bytes, { extension: '.xlsx' })).toThrow(/\.xlsx/)
    writeBytesSafely(join(d, 'X.XLSX'), bytes, { extension: '.xlsx' })
    expect(existsSync(join(d, 'X.XLSX'))).toBe(true)
  })

  it('leaves nothing behind when the writer fails, and files are private', async () => {
    const d = folder()
    const target = join(d, 'list.xlsx')
    await expect(
      writeFileSafely(target, {}, (p) => {
        writeFileSync(p, 'half')
        throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    expect(readdirSync(d)).toEqual([])
    await writeFileSafely(target, {}, (p) => writeFileSync(p, bytes, { mode: 0o644 }))
    if (posix) expect(mode(target)).toBe(0o600)
  })

  it('does not replace a file that appeared while it was writing', async () => {
    const d = folder()
    const target = join(d, 'list.xlsx')
    await expect(
      writeFileSafely(target, {}, (p) => {
        writeFileSync(target, 'someone else’s')
        writeFileSync(p, bytes)
      }),
    ).rejects.toThrow(/已存在/)
    expect(readFileSync(target, 'utf8')).toBe('someone else’s')
    expect(readdirSync(d)).toEqual(['list.xlsx'])
  })
})

describe.skipIf(!posix)('private data folder (Linux/macOS; Windows relies on %APPDATA%)', () => {
  it('keeps the folder 0700 and the database, WAL, SHM, log and backups 0600', async () => {
    const parent = folder()
    t = await makeTestCore({ dir: join(parent, 'data') })
    const backup = await t.ok('backup.create', {})
    t.core.log.info('written')
    const dir = t.dir
    expect(mode(dir)).toBe(0o700)
    for (const f of ['xinlian.db', 'xinlian.db-wal', 'xinlian.db-shm', 'logs/xinlian.log']) {
      expect(mode(join(dir, f)), f).toBe(0o600)
    }
    expect(mode(join(dir, 'logs'))).toBe(0o700)
    expect(mode(join(dir, 'backups'))).toBe(0o700)
    expect(mode(backup.path)).toBe(0o600)
  })

  it('tightens a data folder an older version left readable by everyone', async () => {
    const parent = folder()
    const dir = join(parent, 'data')
    t = await makeTestCore({ dir })
    t.core.close()
    chmodSync(dir, 0o755)
    for (const f of ['xinlian.db', 'logs/xinlian.log']) chmodSync(join(dir, f), 0o644)
    t = await makeTestCore({ dir, init: false })
    expect(mode(dir)).toBe(0o700)
    expect(mode(join(dir, 'xinlian.db'))).toBe(0o600)
    expect(mode(join(dir, 'logs/xinlian.log'))).toBe(0o600)
  })
})
