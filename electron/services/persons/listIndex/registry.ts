import type BetterSqlite3 from 'better-sqlite3'
import { PersonListIndex } from './listIndex'

const indexes = new WeakMap<BetterSqlite3.Database, PersonListIndex>()

/**
 * The list index of a connection, brought up to date. Inside a transaction it answers from
 * the last committed state it saw: uncommitted rows might still roll back.
 */
export function personListIndex(sqlite: BetterSqlite3.Database): PersonListIndex {
  let index = indexes.get(sqlite)
  if (!index) {
    index = new PersonListIndex()
    indexes.set(sqlite, index)
  }
  if (!sqlite.inTransaction) index.sync(sqlite)
  return index
}

/**
 * For a writing call that reads the register before it writes anything (locking a report):
 * its transaction holds nothing uncommitted yet, so the index may catch up inside it.
 */
export function syncPersonListIndexBeforeWriting(sqlite: BetterSqlite3.Database): void {
  personListIndex(sqlite).sync(sqlite)
}

/**
 * The connection's list index only if it already holds what the connection reads now, never
 * building or patching it: for a reader that has the database to fall back on and must not
 * wait for a rebuild (a search right after an import of thousands of persons).
 */
export function currentPersonListIndex(sqlite: BetterSqlite3.Database): PersonListIndex | null {
  const index = indexes.get(sqlite)
  return index?.isCurrent(sqlite) ? index : null
}
