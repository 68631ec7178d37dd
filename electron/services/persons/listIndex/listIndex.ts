import type BetterSqlite3 from 'better-sqlite3'
import {
  IndexColumns,
  INDEX_COLUMNS_SQL,
  SEAT_BIT,
  seatLevelBit,
  type IndexRow,
  type SeatBody,
} from './columns'
import { changedPersonIds } from '../changedPersons'
import { prepared } from '../prepared'
import { SortOrder } from './sortOrder'

type SeatRow = [rid: number, body: SeatBody, level: string | null]

function addSeat(cols: IndexColumns, [rid, body, level]: SeatRow): void {
  const slot = cols.slotOfRid(rid)
  if (slot < 0) return
  cols.seats[slot]! |= SEAT_BIT[body]
  cols.seatLevels[slot]! |= seatLevelBit(body, level)
}

function topSeq(sqlite: BetterSqlite3.Database): number {
  return (prepared(sqlite, 'SELECT max(seq) FROM change_log').pluck().get() as number | null) ?? 0
}

export type IndexSort = 'name' | 'birthDate' | 'createdAt' | 'updatedAt'

/** More changed persons than this since the last look, and rebuilding beats patching. */
const PATCH_LIMIT = 2_000

/**
 * The person list's filter, sort and count engine: the few columns lists filter and sort on,
 * held in typed arrays, plus one sorted order per sort key. Counting a million persons
 * under any filter combination and reading page 20,000 are plain array scans of a few
 * milliseconds, where SQLite needed 0.1–0.8 s (an index helps one filter, not combinations).
 *
 * It never has to be told about writes: every write appends to change_log in its own
 * transaction, so before answering, the index reads the persons changed since the last
 * change_log seq it saw and re-reads those rows (a rolled-back write left no trace to read).
 */
export class PersonListIndex {
  columns = new IndexColumns(16, 16)
  orders = this.makeOrders(16)
  private seq = -1
  /** The change_log seq the columns are current to: figures derived from them may be kept while it holds. */
  get syncedSeq(): number {
    return this.seq
  }
  /** For the benchmark and the report: how long the last full build took. */
  lastBuildMs = 0

  private makeOrders(capacity: number): Record<IndexSort, SortOrder> {
    const rid = () => this.columns.rid
    return {
      name: new SortOrder(() => this.columns.name, rid, capacity),
      birthDate: new SortOrder(() => this.columns.birth, rid, capacity),
      createdAt: new SortOrder(() => this.columns.created, rid, capacity),
      updatedAt: new SortOrder(() => this.columns.updated, rid, capacity),
    }
  }

  /** Brings the index up to the committed state of the database. Call outside transactions. */
  sync(sqlite: BetterSqlite3.Database): void {
    const top = topSeq(sqlite)
    if (top === this.seq) return
    if (this.seq < 0 || top < this.seq) return this.build(sqlite, top)
    const ids = changedPersonIds(sqlite, this.seq, PATCH_LIMIT)
    if (!ids || !this.patch(sqlite, ids)) return this.build(sqlite, top)
    this.seq = top
  }

  build(sqlite: BetterSqlite3.Database, seq?: number): void {
    const started = performance.now()
    const top = seq ?? topSeq(sqlite)
    const counts = sqlite
      .prepare('SELECT count(*) AS n, max(rid) AS maxRid FROM persons WHERE deleted_at IS NULL')
      .get() as { n: number; maxRid: number | null }
    const cols = new IndexColumns(Math.ceil(counts.n * 1.1) + 16, counts.maxRid ?? 0)
    // A table scan (not a partial index, which would visit the rows in random order) reads
    // the rows in rid order, which the sort orders' rebuild relies on.
    const rows = sqlite
      .prepare(
        `SELECT ${INDEX_COLUMNS_SQL} FROM persons NOT INDEXED WHERE deleted_at IS NULL ORDER BY rid`,
      )
      .raw()
      .iterate() as IterableIterator<IndexRow>
    for (const row of rows) cols.set(cols.allocate(row[0]), row)
    this.columns = cols
    const cats = sqlite
      .prepare('SELECT person_rid, code FROM person_categories')
      .raw()
      .iterate() as IterableIterator<[number, string]>
    for (const [rid, code] of cats) {
      const slot = cols.slotOfRid(rid)
      if (slot >= 0) cols.addCategory(slot, code)
    }
    const seats = sqlite
      .prepare('SELECT person_rid, body, level FROM person_seats')
      .raw()
      .iterate() as IterableIterator<SeatRow>
    for (const seat of seats) addSeat(cols, seat)
    const slots = new Int32Array(cols.size)
    for (let i = 0; i < cols.size; i++) slots[i] = i
    this.orders = this.makeOrders(cols.size)
    for (const order of Object.values(this.orders)) order.rebuild(slots)
    this.seq = top
    this.lastBuildMs = performance.now() - started
  }

  /** Re-reads the given persons; false when one has vanished outright (then rebuild). */
  private patch(sqlite: BetterSqlite3.Database, ids: string[]): boolean {
    if (ids.length === 0) return true
    const rows = prepared(
      sqlite,
      `SELECT ${INDEX_COLUMNS_SQL}, deleted_at IS NULL FROM persons WHERE id IN (SELECT value FROM json_each(?))`,
    )
      .raw()
      .all(JSON.stringify(ids)) as [...IndexRow, number][]
    if (rows.length !== ids.length) return false
    const cols = this.columns
    const live = rows.filter((r) => r[r.length - 1] === 1) as unknown as IndexRow[]
    for (const row of rows) {
      const slot = cols.slotOfRid(row[0])
      if (slot >= 0) {
        for (const order of Object.values(this.orders)) order.remove(slot)
        cols.kill(slot)
      }
    }
    if (live.length === 0) return true
    const liveRids = JSON.stringify(live.map((r) => r[0]))
    for (const row of live) cols.set(cols.allocate(row[0]), row)
    const cats = prepared(
      sqlite,
      'SELECT person_rid, code FROM person_categories WHERE person_rid IN (SELECT value FROM json_each(?))',
    )
      .raw()
      .all(liveRids) as [number, string][]
    for (const [rid, code] of cats) cols.addCategory(cols.slotOfRid(rid), code)
    const seats = prepared(
      sqlite,
      'SELECT person_rid, body, level FROM person_seats WHERE person_rid IN (SELECT value FROM json_each(?))',
    )
      .raw()
      .all(liveRids) as SeatRow[]
    for (const seat of seats) addSeat(cols, seat)
    for (const row of live) {
      const slot = cols.slotOfRid(row[0])
      for (const order of Object.values(this.orders)) order.insert(slot)
    }
    return true
  }

  /**
   * True when the columns hold the state this connection reads now: built, and no change
   * logged since (committed by anyone, or uncommitted in this connection's transaction).
   */
  isCurrent(sqlite: BetterSqlite3.Database): boolean {
    return this.seq >= 0 && topSeq(sqlite) === this.seq
  }

  /** Live persons in the index. */
  get count(): number {
    return this.orders.name.length
  }
}
