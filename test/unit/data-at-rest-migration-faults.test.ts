import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPlainDatabaseFile, openSqlite } from '../../db/atRest/cipher'
import { encryptingPath } from '../../db/atRest/encryptPlain'
import { SessionSlot } from '../../electron/core/session'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { makePlainDataDir, PLAIN_SECRET } from '../helpers/plainDataDir'
import { ADMIN, startTestCore } from '../helpers/testCore'
import { ADMIN_PASSWORD, REPO_ROOT, startCli, XINLIAN } from './cli-run'

let root: string
let template: string
/** Enough bytes that moving the database over takes a while, and fills a small disk. */
const FILLER_MIB = 16

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinlian-encrypt-faults-'))
  template = join(root, 'template')
  mkdirSync(template)
  await makePlainDataDir(template, FILLER_MIB)
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

function plainCopy(name: string): string {
  const dir = join(root, name)
  cpSync(template, dir, { recursive: true })
  return dir
}

/** The person and the filler, read from the plain file as an outside tool would. */
function plainContent(dir: string): { names: unknown[]; filler: unknown } {
  const db = openSqlite(join(dir, 'xinlian.db'), null, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    return {
      names: db.prepare('SELECT name FROM persons').pluck().all(),
      filler: db.prepare('SELECT count(*) FROM test_filler').pluck().get(),
    }
  } finally {
    db.close()
  }
}

/**
 * Restarts on `dir` as the app would and signs in: the database that opens must hold the
 * person. Says which one opened: the old plain file or the new encrypted one.
 */
async function restartAndRead(dir: string): Promise<'plain' | 'encrypted'> {
  const core = await startTestCore(dir)
  try {
    const which = core.locked ? 'encrypted' : 'plain'
    const login = await core.call(new SessionSlot(), 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    expect(login).toMatchObject({ ok: true })
    const sqlite = core.database.sqlite
    expect(sqlite.prepare('SELECT name FROM persons').pluck().all()).toEqual([PLAIN_SECRET.name])
    expect(sqlite.prepare('SELECT count(*) FROM test_filler').pluck().get()).toBe(FILLER_MIB * 16)
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    return which
  } finally {
    core.close()
  }
}

/** The sign-in that moves a plain database over, as staff would start it from the CLI. */
const SIGN_IN = (dir: string) => ['persons', 'count', '--data-dir', dir, '--user', 'admin']

/** A private mount namespace (unprivileged where the kernel allows) to mount a tiny tmpfs in. */
function canMountTmpfs(): boolean {
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k none /mnt'])
  return probe.status === 0
}
const tmpfs = canMountTmpfs()
if (!tmpfs)
  console.warn('data-at-rest-migration-faults: disk-full case skipped, no unshare/tmpfs here')

describe('moving a plain database over to the encrypted one', () => {
  it.skipIf(!tmpfs)(
    'on a full disk: a clear error, the plain database as it was, no copy, no key file',
    async () => {
      const source = plainCopy('disk-full-source')
      const after = join(root, 'disk-full-after')
      mkdirSync(after)
      const small = join(root, 'disk-full-mount')
      mkdirSync(small)
      const bytes = statSync(join(source, 'xinlian.db')).size
      // Room for the database and half of its encrypted copy: the copy cannot be finished.
      const kib = Math.ceil((bytes * 1.5) / 1024)
      const script = [
        'set -e',
        `mount -t tmpfs -o size=${kib}k none "$SMALL"`,
        'cp -a "$SOURCE"/. "$SMALL"/',
        'set +e',
        '"$NODE" "$XINLIAN" persons count --data-dir "$SMALL" --user admin >"$AFTER.out" 2>"$AFTER.err"',
        'echo $? >"$AFTER.code"',
        'cp -a "$SMALL"/. "$AFTER"/',
      ].join('\n')
      const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          SMALL: small,
          SOURCE: source,
          AFTER: after,
          NODE: process.execPath,
          XINLIAN,
          XINLIAN_PASSWORD: ADMIN_PASSWORD,
        },
        encoding: 'utf8',
      })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(readFileSync(`${after}.code`, 'utf8').trim()).not.toBe('0')
      const said = readFileSync(`${after}.err`, 'utf8')
      expect(said).toContain(dataAtRestText.encryptDiskFull)
      expect(said).not.toMatch(/SQLITE_|not a database/)

      const db = join(after, 'xinlian.db')
      expect(isPlainDatabaseFile(db)).toBe(true)
      expect(existsSync(encryptingPath(db))).toBe(false)
      expect(existsSync(join(after, 'xinlian.keys'))).toBe(false)
      expect(plainContent(after)).toEqual(plainContent(source))

      // With room again, the next sign-in moves it over.
      expect(await restartAndRead(after)).toBe('plain')
      expect(isPlainDatabaseFile(db)).toBe(false)
      expect(readFileSync(db).includes(Buffer.from(PLAIN_SECRET.name))).toBe(false)
    },
    120_000,
  )

  it('killed (SIGKILL) at random moments: a restart opens the old or the new database, never neither', async () => {
    /**
     * Runs the sign-in; kills it `killAt` ms after the encrypted copy appears, or as soon as
     * the key file holds the user's slot ('userSlot': the copy is checked, the swap not done).
     */
    const run = (dir: string, killAt: number | 'userSlot' | null) =>
      new Promise<{ copyMs: number | null; killed: boolean }>((resolve) => {
        const db = join(dir, 'xinlian.db')
        const keys = join(dir, 'xinlian.keys')
        const child = startCli(SIGN_IN(dir), { XINLIAN_PASSWORD: ADMIN_PASSWORD })
        let copyAt: number | null = null
        const watch = setInterval(() => {
          if (killAt === 'userSlot') {
            if (existsSync(keys) && readFileSync(keys, 'utf8').includes('"kind": "user"'))
              child.kill('SIGKILL')
            return
          }
          if (copyAt !== null || !existsSync(encryptingPath(db))) return
          copyAt = Date.now()
          if (killAt !== null) setTimeout(() => child.kill('SIGKILL'), killAt)
        }, 1)
        child.on('close', (_code, signal) => {
          clearInterval(watch)
          resolve({
            copyMs: copyAt === null ? null : Date.now() - copyAt,
            killed: signal === 'SIGKILL',
          })
        })
      })

    // An uninterrupted run measures how long the move takes on this machine.
    const whole = plainCopy('kill-whole')
    const measured = await run(whole, null)
    expect(measured.copyMs).not.toBeNull()
    expect(await restartAndRead(whole)).toBe('encrypted')
    const window = measured.copyMs!

    const KILLS = 6
    const opened: ('plain' | 'encrypted')[] = []
    for (let i = 0; i < KILLS; i++) {
      const dir = plainCopy(`kill-${i}`)
      // One random moment in each sixth of the move, so that every stage gets hit.
      const at = Math.floor(((i + Math.random()) / KILLS) * window)
      const { killed } = await run(dir, at)
      const which = await restartAndRead(dir)
      if (killed) opened.push(which)
    }
    // The moment that decides: the user's slot is on disk, so the checked copy is the
    // database from now on, and a restart finishes the swap.
    const decided = plainCopy('kill-user-slot')
    expect((await run(decided, 'userSlot')).killed).toBe(true)
    expect(await restartAndRead(decided)).toBe('encrypted')
    // Early kills leave the old database: the spread above hit the copy.
    expect(opened).toContain('plain')
  }, 600_000)
})
