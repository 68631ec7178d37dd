import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { EventName, Events } from '../../shared/contract'
import type { Database } from '../../db/schema'
import type { AuditEntry } from '../services/audit/auditLog'
import type { Clock } from '../services/clock'
import type { Logger } from '../services/logger'
import type { KeyRing } from '../../db/atRest/keyRing'
import type { KeySlotsFile } from '../../db/atRest/keySlots'
import type { WalFolds } from '../services/walFold/walFolds'
import type { BackupRuns } from '../services/backup/backupRuns'
import type { PrintService } from '../services/print/printService'
import type { AppConfig } from './config'
import type { LongWork, RunningJobs } from './longWork'
import type { Session, SessionSlot } from './session'

export interface AppFiles {
  dataDir: string
  backupsDir: string
  logsDir: string
}

/** What the dispatcher writes for an audited call, filled in by the handler. */
export interface AuditNote {
  objectType?: string
  objectId?: string
  detail?: string
}

/** Everything a handler may touch. Handlers are pure functions of (ctx, input). */
export interface HandlerContext {
  /** Inside a transaction for audited (writing) procedures. */
  db: Kysely<Database>
  /** The same connection, for prepared statements on hot paths. */
  sqlite: BetterSqlite3.Database
  clock: Clock
  session: SessionSlot
  files: AppFiles
  log: Logger
  config: AppConfig
  /** Describe the object of this call for its audit row. */
  note(note: AuditNote): void
  /** Write an audit row now (for calls that audit themselves, like sign-in). */
  audit(
    entry: Omit<AuditEntry, 'user_id' | 'username'> & {
      user?: Pick<Session, 'userId' | 'username'> | null
    },
  ): void
  emit<E extends EventName>(event: E, payload: Events[E]): void
  /** The long work running now, for `work.cancel`. */
  jobs: RunningJobs
  /** The core's backups: one at a time, their progress and last failure (backupRuns.ts). */
  backupRuns: BackupRuns
  /** The WAL checkpoint after a bulk write, off the user's wait (walFolds.ts). */
  walFolds: WalFolds
  /** Set for long procedures only (contract `long`): see longWorkOf. */
  work?: LongWork
  /**
   * The database key's slots: a user's password wraps it. Null only for a plain database
   * from before encryption.
   */
  keys: KeyRing | null
  /** Present only in shells that can print (the desktop app); see CoreServices. */
  print?: PrintService
  /** Closes the database, swaps a restored one in and opens it (the core's; see restore). */
  replaceDatabase?: ReplaceDatabase
}

/** The database a restore swapped in, opened: its handles for the audit row. */
export interface RestoredDatabase {
  sqlite: BetterSqlite3.Database
  clock: Clock
}

/**
 * `settle` writes what the restored database must hold (its audit row); the restore is
 * done only once it has: a failure or a crash before then leaves the old database.
 */
export type ReplaceDatabase = (restored: {
  snapshot: string
  keys: KeySlotsFile | null
  key: Buffer | null
  settle: (restored: RestoredDatabase) => void
}) => Promise<void>

/** Capabilities a shell hands the core: what only that shell can do. */
export interface CoreServices {
  print?: PrintService
}

/** The signed-in, unlocked user; the dispatcher has already checked one exists. */
export function currentUser(ctx: HandlerContext): Session {
  const s = ctx.session.get()
  if (!s) throw new Error('currentUser() called without a session')
  return s
}
