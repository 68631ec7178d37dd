import { randomBytes } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import type {
  ImportPreview,
  ImportSheetReport,
  SheetMapping,
} from '../../../shared/contract/imports'
import { importSessionText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { AppError } from '../../core/appError'
import type { ChosenEncoding } from '../excel/decodeText'
import type { RowOutcome } from './rowOutcome'

/** A rejected row as it was in the file, for the error report. */
export interface RejectedRow {
  sheet: string
  row: number
  cells: RawCell[]
  reason: string
}

/**
 * The preview's decision on every row, kept so that apply writes them without reading and
 * deciding the file again — as long as nothing they depend on has changed (`key`).
 */
export interface DecidedImport {
  key: string
  outcomes: RowOutcome[]
  sheets: ImportSheetReport[]
}

/** Files with more data rows than this are read again on apply rather than held decided. */
export const DECIDED_ROWS_KEPT = 100_000

/** A file being imported: kept in the main process between preview and apply. */
export interface ImportSession {
  token: string
  userId: string
  createdAt: number
  fileName: string
  bytes: Uint8Array
  sha256: string
  sheet: string | undefined
  /** A text file's encoding as the user chose it; undefined: decided from the bytes. */
  encoding: ChosenEncoding | undefined
  /** The mapping of the last preview, applied unless apply brings another. */
  mapping: SheetMapping[]
  preview: ImportPreview
  /** Header texts of each sheet (by column), for the error report. */
  headers: Map<string, string[]>
  rejected: RejectedRow[]
  decided: DecidedImport | null
  applied: boolean
}

/**
 * What the decisions of a preview depend on besides the file: every write to the register
 * or the dictionaries moves change_log on; the date (birth dates after today are refused);
 * this installation's unit; the column mapping.
 */
export function decisionKey(
  sqlite: BetterSqlite3.Database,
  today: string,
  unitId: string,
  mapping: readonly SheetMapping[],
): string {
  const seq = sqlite.prepare('SELECT max(seq) FROM change_log').pluck().get() as number | null
  return JSON.stringify([seq ?? 0, today, unitId, mapping])
}

const TTL_MS = 30 * 60_000
const MAX_SESSIONS = 4

/** What every kind of import session (a roster, a 建言献策台账) has. */
export interface SessionBase {
  token: string
  userId: string
  createdAt: number
}

/**
 * Sessions of one kind of import, per database: kept for 30 minutes, four per user at most,
 * each readable only by the user who opened it.
 */
export function sessionStore<S extends SessionBase>() {
  const stores = new WeakMap<BetterSqlite3.Database, Map<string, S>>()
  const storeOf = (sqlite: BetterSqlite3.Database) => {
    let store = stores.get(sqlite)
    if (!store) stores.set(sqlite, (store = new Map()))
    return store
  }
  const sweep = (store: Map<string, S>, now: number) => {
    for (const [token, s] of store) if (now - s.createdAt > TTL_MS) store.delete(token)
  }
  return {
    /** Keeps a session; the oldest of the same user gives way when too many are open. */
    keep(sqlite: BetterSqlite3.Database, session: S, now: number): void {
      const store = storeOf(sqlite)
      sweep(store, now)
      const mine = [...store.values()].filter((s) => s.userId === session.userId)
      if (mine.length >= MAX_SESSIONS)
        store.delete(mine.sort((a, b) => a.createdAt - b.createdAt)[0]!.token)
      if (store.size >= MAX_SESSIONS * 4) throw new AppError('CONFLICT', text.busy)
      store.set(session.token, session)
    },
    get(sqlite: BetterSqlite3.Database, token: string, userId: string, now: number): S {
      const store = storeOf(sqlite)
      sweep(store, now)
      const s = store.get(token)
      if (!s) throw new AppError('NOT_FOUND', text.expired)
      if (s.userId !== userId) throw new AppError('FORBIDDEN', text.notYours)
      return s
    },
    drop(sqlite: BetterSqlite3.Database, token: string): void {
      storeOf(sqlite).delete(token)
    },
  }
}

export function newToken(): string {
  return randomBytes(16).toString('hex')
}

const rosterSessions = sessionStore<ImportSession>()

export const keepSession = rosterSessions.keep
export const getSession = rosterSessions.get
export const dropSession = rosterSessions.drop
