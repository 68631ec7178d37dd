import type BetterSqlite3 from 'better-sqlite3'
import {
  PERSON_LINE_COLUMNS,
  TRAVELLING_TABLES,
  type TravellingTable,
} from '../../../../shared/packages/travellingTables'
import { DeflatingWriter, type DeflatedEntry } from '../zip/deflatingWriter'
import { CHANGED_PERSON_RIDS_SQL } from '../../persons/changedPersons'
import { personLines, personLineValues, type PersonLine, type PersonSelection } from './personLines'

export interface TableData {
  table: string
  columns: string[]
  /** The rows as NDJSON (UTF-8, one row per line), deflated as they were written. */
  entry: DeflatedEntry
  rows: number
  deleted: number
}

/**
 * Rows as a deflated NDJSON entry, each line written straight into the entry's writer: no
 * array of every row's object or line, no table's text whole (a province's persons are
 * ~1.1 GB of it), and each line turned into UTF-8 once.
 */
export function ndjsonOf<T extends object>(
  rows: Iterable<T>,
  deletedOf: (row: T) => boolean,
  writer = new DeflatingWriter(),
  lineOf: (row: T) => string = (row) => JSON.stringify(row),
) {
  let count = 0
  let deleted = 0
  for (const row of rows) {
    count++
    if (deletedOf(row)) deleted++
    writer.writeText(lineOf(row))
    writer.writeByte(10)
  }
  return { entry: writer.finish(), rows: count, deleted }
}

export interface CollectScope {
  /** Sites whose rows travel: this unit (and, with relay, the units below it). */
  siteIds: string[]
  /** change_log range (from, to]; from 0 and full: the whole current state. */
  from: number
  to: number
  full: boolean
}

/** The columns of a table that travel, read from the database itself. */
export function travellingColumns(sqlite: BetterSqlite3.Database, t: TravellingTable): string[] {
  if (t.shape === 'person') return [...PERSON_LINE_COLUMNS]
  const info = sqlite.prepare(`PRAGMA table_info(${t.table})`).all() as { name: string }[]
  return info.map((c) => c.name).filter((c) => !t.localColumns.includes(c))
}

/**
 * Every travelling table's rows in scope: all of them (全量) or those changed in the range
 * (增量). `onPerson` sees each person line as it is written (the export's validation).
 */
export function collectRows(
  sqlite: BetterSqlite3.Database,
  scope: CollectScope,
  onPerson?: (line: PersonLine) => void,
): TableData[] {
  const sites = scope.siteIds.map(() => '?').join(', ')
  return TRAVELLING_TABLES.map((t) => {
    const filter = [`site_id IN (${sites})`, t.onlyWhere].filter(Boolean).join(' AND ')
    const changed = scope.full
      ? ''
      : `AND id IN (SELECT row_id FROM change_log WHERE table_name = '${t.table}' AND seq > ? AND seq <= ?)`
    const params = scope.full ? scope.siteIds : [...scope.siteIds, scope.from, scope.to]
    const columns = travellingColumns(sqlite, t)
    const deletedOf = (o: { deleted_at?: unknown }) => Boolean(o.deleted_at)
    let written: ReturnType<typeof ndjsonOf>
    if (t.shape === 'person') {
      const range = [scope.from, scope.to]
      const selection: PersonSelection = scope.full
        ? { where: filter, params }
        : {
            rids: sqlite
              .prepare(
                `SELECT rid FROM persons WHERE ${filter} AND rid IN (${CHANGED_PERSON_RIDS_SQL}) ORDER BY rid`,
              )
              .pluck()
              .all(...scope.siteIds, ...range, ...range) as number[],
          }
      const lines = personLines(sqlite, selection)
      written = ndjsonOf(onPerson ? watched(lines, onPerson) : lines, deletedOf, undefined, (l) =>
        JSON.stringify(personLineValues(l)),
      )
    } else {
      const rows = sqlite
        .prepare(
          `SELECT ${columns.join(', ')} FROM ${t.table} WHERE ${filter} ${changed} ORDER BY id`,
        )
        .iterate(...params) as Iterable<object>
      written = ndjsonOf(rows, deletedOf)
    }
    return { table: t.table, columns, ...written }
  })
}

function* watched<T>(rows: Iterable<T>, see: (row: T) => void): Generator<T> {
  for (const row of rows) {
    see(row)
    yield row
  }
}
