import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openSqlite } from '../../../db/atRest/cipher'
import { applyPragmas } from '../../../db/open'
import { BackupRuns } from '../../../electron/services/backup/backupRuns'
import { runWalFoldWorker } from '../../../electron/services/walFold/runWalFoldWorker'
import { AUTOCHECKPOINT_PAGES, WalFolds } from '../../../electron/services/walFold/walFolds'
import type { WalFoldJob, WalFoldOutcome } from '../../../electron/services/walFold/walFoldWorker'
import type { TestCore } from '../../helpers/testCore'
import { count, office } from '../packages/exchange-fixtures'

const key = randomBytes(32)
const dirs: string[] = []
const opened: BetterSqlite3.Database[] = []
let city: TestCore | undefined
afterEach(async () => {
  for (const db of opened.splice(0)) if (db.open) db.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  await city?.cleanup()
  city = undefined
})

const quiet = { info: () => undefined, error: () => undefined }

function database(): BetterSqlite3.Database {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-wal-fold-'))
  dirs.push(dir)
  const db = openSqlite(join(dir, 'xinlian.db'), key)
  opened.push(db)
  applyPragmas(db)
  db.exec('CREATE TABLE filler (chunk BLOB NOT NULL)')
  return db
}

/** ~8 MB in one transaction: 2,000 pages, twice the autocheckpoint's threshold. */
function bulkWrite(db: BetterSqlite3.Database, inside: () => void = () => undefined): void {
  const add = db.prepare('INSERT INTO filler (chunk) VALUES (randomblob(4000))')
  db.transaction(() => {
    inside()
    for (let i = 0; i < 2000; i++) add.run()
  })()
}

const fileMb = (db: BetterSqlite3.Database) => statSync(db.name).size / 1e6
const autocheckpoint = (db: BetterSqlite3.Database) =>
  db.pragma('wal_autocheckpoint', { simple: true }) as number

describe('the WAL checkpoint after a bulk write', () => {
  it('is left out of the COMMIT and folded afterwards by a worker of its own', async () => {
    const db = database()
    const folds = new WalFolds(runWalFoldWorker, () => key, quiet)
    bulkWrite(db, () => folds.hold(db))
    // Committed, readable, and still all in the WAL: the file did not grow at the COMMIT.
    expect(db.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(2000)
    expect(fileMb(db)).toBeLessThan(1)
    expect(autocheckpoint(db)).toBe(0)

    folds.release()
    await folds.idle()
    expect(fileMb(db)).toBeGreaterThan(8)
    expect(autocheckpoint(db)).toBe(AUTOCHECKPOINT_PAGES)
    // The worker's connection wrote the same encrypted pages: a new connection reads them
    // from the file, and the file holds no plaintext header.
    const again = openSqlite(db.name, key, { readonly: true })
    opened.push(again)
    expect(again.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(2000)
    expect(readFileSync(db.name).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
  })

  it('is in the COMMIT of a write that did not hold it (the measure above can tell)', () => {
    const db = database()
    bulkWrite(db)
    expect(fileMb(db)).toBeGreaterThan(8)
  })

  it('gives the connection its checkpoints back only once the last fold queued is done', async () => {
    const db = database()
    const pending: (() => void)[] = []
    const fold = vi.fn(
      (_job: WalFoldJob) =>
        new Promise<WalFoldOutcome>((resolve) =>
          pending.push(() => resolve({ indexesBuilt: 0, busy: 0, log: 1, checkpointed: 1 })),
        ),
    )
    const folds = new WalFolds(fold, () => key, quiet)
    folds.hold(db)
    folds.release()
    folds.hold(db)
    folds.release()
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    pending.shift()!()
    // The second fold is queued behind the first, not run beside it.
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    expect(autocheckpoint(db)).toBe(0)
    pending.shift()!()
    await folds.idle()
    expect(fold).toHaveBeenCalledTimes(2)
    expect(fold.mock.calls[0]![0]).toEqual({ dbPath: db.name, key })
    expect(autocheckpoint(db)).toBe(AUTOCHECKPOINT_PAGES)
  })

  it('that fails is logged and leaves the checkpoint to the connection again', async () => {
    const db = database()
    const error = vi.fn()
    const folds = new WalFolds(
      () => Promise.reject(new Error('disk gone')),
      () => key,
      {
        ...quiet,
        error,
      },
    )
    bulkWrite(db, () => folds.hold(db))
    folds.release()
    await folds.idle()
    expect(error).toHaveBeenCalledOnce()
    expect(autocheckpoint(db)).toBe(AUTOCHECKPOINT_PAGES)
    // Nothing was lost: the next commit's own checkpoint folds the frames in.
    bulkWrite(db)
    expect(fileMb(db)).toBeGreaterThan(16)
  })

  it('waits for the held transaction to end: another call answering meanwhile is not its end', async () => {
    const db = database()
    const fold = vi.fn(() => Promise.resolve({ indexesBuilt: 0, busy: 0, log: 0, checkpointed: 0 }))
    const folds = new WalFolds(fold, () => key, quiet)
    bulkWrite(db, () => {
      folds.hold(db)
      folds.release()
    })
    await folds.idle()
    expect(fold).not.toHaveBeenCalled()
    expect(fileMb(db)).toBeLessThan(1)
    folds.release()
    await folds.idle()
    expect(fold).toHaveBeenCalledOnce()
  })

  it('does nothing when released without a hold, and none starts once closed', async () => {
    const fold = vi.fn()
    const folds = new WalFolds(fold, () => key, quiet)
    folds.release()
    const db = database()
    folds.hold(db)
    folds.close()
    folds.release()
    await folds.idle()
    expect(fold).not.toHaveBeenCalled()
  })
})

describe('a package applied through the dispatcher', () => {
  it('holds the checkpoint during its call and folds it once the call has answered', async () => {
    const dir = join(import.meta.dirname, '../../fixtures/packages')
    const name = readdirSync(dir).find((f) => f.endsWith('.xlpkg'))!
    city = await office('330600', '示例市委统战部')
    const card = readFileSync(join(dir, name.replace(/\.xlpkg$/, '.xlkey')), 'utf8')
    await city.ok('units.register', { card })
    const folds = city.core.walFolds
    const hold = vi.spyOn(folds, 'hold')
    const release = vi.spyOn(folds, 'release')
    const data = readFileSync(join(dir, name)).toString('base64')
    const r = await city.ok('packages.import', { data, fileName: name })
    expect(r.status).toBe('applied')
    expect(hold).toHaveBeenCalledOnce()
    // Every call releases once it has answered; only the held one has a fold to start.
    expect(release).toHaveBeenCalled()
    await folds.idle()
    const sqlite = city.core.database.sqlite
    expect(autocheckpoint(sqlite)).toBe(AUTOCHECKPOINT_PAGES)
    expect(count(city, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL')).toBe(2)
  })
})

describe('a backup', () => {
  it('starts once the fold under way is done: its pinned copy needs the WAL folded', async () => {
    let foldDone!: () => void
    const fold = new Promise<void>((resolve) => (foldDone = resolve))
    const runs = new BackupRuns(
      () => undefined,
      undefined,
      () => fold,
    )
    const started = vi.fn(() => Promise.resolve('made'))
    const made = runs.run('manual', started)
    await new Promise((r) => setTimeout(r, 20))
    expect(started).not.toHaveBeenCalled()
    foldDone()
    await expect(made).resolves.toBe('made')
  })
})
