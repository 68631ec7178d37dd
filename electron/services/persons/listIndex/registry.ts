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
