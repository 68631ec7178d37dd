import type BetterSqlite3 from 'better-sqlite3'
import { PERSON_SCALAR_KEYS, PERSON_SUB_RECORD_KEYS } from '../../../../shared/persons/fieldSpecs'
import {
  TRAVELLING_TABLES,
  type TravellingTable,
} from '../../../../shared/packages/travellingTables'
import { personLines } from './personLines'

export interface TableData {
  table: string
  columns: string[]
  /** NDJSON text, one row per line. */
  ndjson: string
  rows: number
  deleted: number
  /** The rows as objects, for the export's validation. */
  objects: Record<string, unknown>[]
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
  if (t.shape === 'person') {
    return [
      'id',
      'site_id',
      'created_at',
      'updated_at',
      'deleted_at',
      'purged_at',
      ...PERSON_SCALAR_KEYS,
      ...PERSON_SUB_RECORD_KEYS,
    ]
  }
  const info = sqlite.prepare(`PRAGMA table_info(${t.table})`).all() as { name: string }[]
  return info.map((c) => c.name).filter((c) => !t.localColumns.includes(c))
}

/** Every travelling table's rows in scope: all of them (全量) or those changed in the range (增量). */
export function collectRows(sqlite: BetterSqlite3.Database, scope: CollectScope): TableData[] {
  const sites = scope.siteIds.map(() => '?').join(', ')
  return TRAVELLING_TABLES.map((t) => {
    const filter = [`site_id IN (${sites})`, t.onlyWhere].filter(Boolean).join(' AND ')
    const changed = scope.full
      ? ''
      : `AND id IN (SELECT row_id FROM change_log WHERE table_name = '${t.table}' AND seq > ? AND seq <= ?)`
    const params = scope.full ? scope.siteIds : [...scope.siteIds, scope.from, scope.to]
    const columns = travellingColumns(sqlite, t)
    let objects: Record<string, unknown>[]
    if (t.shape === 'person') {
      const rids = sqlite
        .prepare(`SELECT rid FROM persons WHERE ${filter} ${changed} ORDER BY rid`)
        .pluck()
        .all(...params) as number[]
      objects = personLines(sqlite, rids) as unknown as Record<string, unknown>[]
    } else {
      objects = sqlite
        .prepare(
          `SELECT ${columns.join(', ')} FROM ${t.table} WHERE ${filter} ${changed} ORDER BY id`,
        )
        .all(...params) as Record<string, unknown>[]
    }
    let deleted = 0
    const lines: string[] = []
    for (const o of objects) {
      if (o.deleted_at) deleted++
      lines.push(JSON.stringify(o))
    }
    return {
      table: t.table,
      columns,
      ndjson: lines.length ? `${lines.join('\n')}\n` : '',
      rows: objects.length,
      deleted,
      objects,
    }
  })
}
