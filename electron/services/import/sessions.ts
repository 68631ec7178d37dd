import { randomBytes } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import type { ImportPreview, SheetMapping } from '../../../shared/contract/imports'
import { importSessionText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { AppError } from '../../core/appError'

/** A rejected row as it was in the file, for the error report. */
export interface RejectedRow {
  sheet: string
  row: number
  cells: RawCell[]
  reason: string
}

/** A file being imported: kept in the main process between preview and apply. */
export interface ImportSession {
  token: string
  userId: string
  createdAt: number
  fileName: string
  bytes: Uint8Array
  sha256: string
  sheet: string | undefined
  /** The mapping of the last preview, applied unless apply brings another. */
  mapping: SheetMapping[]
  preview: ImportPreview
  /** Header texts of each sheet (by column), for the error report. */
  headers: Map<string, string[]>
  rejected: RejectedRow[]
  applied: boolean
}

const TTL_MS = 30 * 60_000
const MAX_SESSIONS = 4
const stores = new WeakMap<BetterSqlite3.Database, Map<string, ImportSession>>()

function storeOf(sqlite: BetterSqlite3.Database): Map<string, ImportSession> {
  let store = stores.get(sqlite)
  if (!store) stores.set(sqlite, (store = new Map()))
  return store
}

function sweep(store: Map<string, ImportSession>, now: number): void {
  for (const [token, s] of store) if (now - s.createdAt > TTL_MS) store.delete(token)
}

export function newToken(): string {
  return randomBytes(16).toString('hex')
}

/** Keeps a session; the oldest of the same user gives way when too many are open. */
export function keepSession(
  sqlite: BetterSqlite3.Database,
  session: ImportSession,
  now: number,
): void {
  const store = storeOf(sqlite)
  sweep(store, now)
  const mine = [...store.values()].filter((s) => s.userId === session.userId)
  if (mine.length >= MAX_SESSIONS)
    store.delete(mine.sort((a, b) => a.createdAt - b.createdAt)[0]!.token)
  if (store.size >= MAX_SESSIONS * 4) throw new AppError('CONFLICT', text.busy)
  store.set(session.token, session)
}

export function getSession(
  sqlite: BetterSqlite3.Database,
  token: string,
  userId: string,
  now: number,
): ImportSession {
  const store = storeOf(sqlite)
  sweep(store, now)
  const s = store.get(token)
  if (!s) throw new AppError('NOT_FOUND', text.expired)
  if (s.userId !== userId) throw new AppError('FORBIDDEN', text.notYours)
  return s
}

export function dropSession(sqlite: BetterSqlite3.Database, token: string): void {
  storeOf(sqlite).delete(token)
}
