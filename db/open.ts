import type BetterSqlite3 from 'better-sqlite3'
import { closeSync, existsSync, openSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { errorText } from '../shared/i18n/errors'
import { backupFileName } from '../electron/services/backup/backup'
import {
  backupBeforeMigrating,
  type MigrationBackup,
} from '../electron/services/backup/backupBeforeMigrating'
import { dataAtRestText } from '../shared/i18n/dataAtRest'
import { openSqlite } from './atRest/cipher'
import { APP_PAGE_READS } from './atRest/appPageReads'
import { APP_CACHE_KIB } from './pageCache'
import { BUSY_TIMEOUT_MS } from './busyTimeout'
import { buildPendingIndexesOneByOne } from './pendingIndexes'
import { DatabaseOpenError } from './errors'
import { migrationProvider, migrations } from './migrations'
import { readMounts } from './mounts'
import { keepPrivate, PRIVATE_FILE_MODE, privateFolder } from './privateFiles'
import { isNetworkPath, type MountEntry } from './networkShare'
import type { Database } from './schema'
import { TransactionalSqliteDialect } from './transactionalSqliteAdapter'

export interface OpenedDatabase {
  /** The raw handle, for hot bulk paths with statements compiled once. */
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  path: string
  /** Migrations applied by this open (empty when already current). */
  migrated: string[]
  /** The pre-migration backup taken by this open, if any (its name once written). */
  preMigrationBackup: string | null
  /**
   * Settles when that backup has its final name (or at once when there is none); it is
   * written in the background while the database is in use, and the close waits for it.
   * Rejects when it failed: the migration is done all the same.
   */
  preMigrationBackupDone: Promise<unknown>
  close(): void
}

export interface OpenOptions {
  /**
   * The database key (32 random bytes, from the key file: db/atRest/keyRing.ts); null opens
   * an older plain file, only to move it over to an encrypted one.
   */
  key: Buffer | null
  /** For tests: the mount table to check instead of the machine's. */
  mounts?: MountEntry[]
  /** Written into the manifest of the backup taken before migrating. */
  appVersion?: string
  /** For tests: replaces the migration set. */
  migrationSet?: typeof migrations
}

export const DATABASE_FILE = 'xinlian.db'

/** Opens (creating if needed) the database in a data directory, migrated to this version. */
export async function openDatabase(file: string, opts: OpenOptions): Promise<OpenedDatabase> {
  const path = resolve(file)
  if (isNetworkPath(path, opts.mounts ?? readMounts())) {
    throw new DatabaseOpenError('network-share', errorText.networkShare(dirname(path)))
  }
  privateFolder(dirname(path))
  const existed = existsSync(path)
  // SQLite gives the WAL and SHM files the database file's mode: create it private first.
  if (!existed) closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
  keepPrivate(path, `${path}-wal`, `${path}-shm`)
  const sqlite = openSqlite(path, opts.key, undefined, APP_PAGE_READS)
  try {
    applyPragmas(sqlite)
  } catch (e) {
    sqlite.close()
    // An existing file the key does not open: a key file from elsewhere, not a broken file.
    if (opts.key && existed && /not a database/.test(String(e)))
      throw new DatabaseOpenError('key-does-not-fit', dataAtRestText.keyDoesNotFit(dirname(path)))
    throw new DatabaseOpenError('not-a-database', errorText.notADatabase(path) + String(e))
  }
  const db = new Kysely<Database>({
    dialect: new TransactionalSqliteDialect({ database: sqlite }),
  })
  let preMigration: MigrationBackup | null = null
  const close = () => {
    // The checkpoint below must not write migrated pages into a file still being copied.
    preMigration?.finishSync()
    // Fold the WAL back into the main file so a copied .db is complete on its own.
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      sqlite.close()
    }
  }
  try {
    const set = opts.migrationSet ?? migrations
    const applied = appliedMigrations(sqlite)
    const unknown = applied.filter((name) => !(name in set))
    if (unknown.length > 0)
      throw new DatabaseOpenError('newer-version', errorText.newerDatabase(path))
    const pending = Object.keys(set).filter((n) => !applied.includes(n))
    // Migrations are written against the schema with every index in place: what a bulk write
    // left to build (the app stopped before its worker was done) is built before them.
    if (pending.length > 0) buildPendingIndexesOneByOne(sqlite)
    if (pending.length > 0 && existed && applied.length > 0) {
      const out = join(dirname(path), 'backups', backupFileName(new Date(), 'beforeMigration'))
      preMigration = await backupBeforeMigrating(sqlite, opts.key, out, {
        appVersion: opts.appVersion ?? '',
        nowMs: Date.now(),
      })
    }
    const migrator = new Migrator({
      db,
      provider: opts.migrationSet ? { getMigrations: async () => set } : migrationProvider,
      // 0008 was numbered before 0009 but written after it: a database that already ran 0009
      // must still take 0008. Every migration stands alone, so the order between them is free.
      allowUnorderedMigrations: true,
    })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?'
      throw new DatabaseOpenError(
        'migration-failed',
        errorText.migrationFailed(failed, error instanceof Error ? error.message : String(error)),
      )
    }
    const migrated = (results ?? [])
      .filter((r) => r.status === 'Success')
      .map((r) => r.migrationName)
    sqlite.pragma(`user_version = ${Object.keys(set).length}`)
    return {
      sqlite,
      db,
      path,
      migrated,
      preMigrationBackup: preMigration?.path ?? null,
      preMigrationBackupDone: preMigration?.done ?? Promise.resolve(),
      close,
    }
  } catch (e) {
    // A failed migration rolled back: the backup of the state it left is still worth having.
    await preMigration?.done.catch(() => undefined)
    preMigration?.finishSync()
    sqlite.close()
    throw e
  }
}

export { APP_CACHE_KIB }

export function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma(`cache_size = ${-APP_CACHE_KIB}`)
  // A county office loses power: a committed record must survive it.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
}

function appliedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
    .get()
  if (!table) return []
  return (sqlite.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map(
    (r) => r.name,
  )
}
