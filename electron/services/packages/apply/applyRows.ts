import type BetterSqlite3 from 'better-sqlite3'
import { packageRowText as text } from '../../../../shared/i18n/packages'
import type { TravellingTable } from '../../../../shared/packages/travellingTables'
import type { ApplyProgress } from './applyProgress'
import { isRowConstraint, type ApplyTally } from './rowOutcome'

export interface ApplyScope {
  sqlite: BetterSqlite3.Database
  senderId: string
  /** This unit's code, named when our copy is newer. */
  selfCode: string
  tally: ApplyTally
  progress: ApplyProgress
  stamp(): string
}

/** The rows of a package line by line; a line that is not a JSON object is counted invalid. */
export function* ndjsonRows(
  data: Buffer,
  table: string,
  tally: ApplyTally,
): Generator<Record<string, unknown>> {
  let start = 0
  while (start < data.length) {
    let end = data.indexOf(10, start)
    if (end < 0) end = data.length
    const line = data.toString('utf8', start, end)
    start = end + 1
    if (!line.trim()) continue
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch {
      row = null
    }
    if (
      !row ||
      typeof row !== 'object' ||
      Array.isArray(row) ||
      typeof (row as { id?: unknown }).id !== 'string'
    ) {
      tally.issue({ table, id: '', kind: 'invalid', message: text.invalid }, true)
      continue
    }
    yield row as Record<string, unknown>
  }
}

export type Decision = 'insert' | 'update' | 'skip'

/**
 * Whether an incoming row may be written: only the sender's own rows, never over a row
 * another unit owns, and the newer HLC wins (equal: already held, unchanged).
 */
export function decide(
  scope: ApplyScope,
  table: string,
  row: Record<string, unknown>,
  existing: { site_id: string; updated_at: string } | undefined,
): Decision {
  const id = String(row.id)
  if (row.site_id !== scope.senderId || typeof row.updated_at !== 'string') {
    scope.tally.issue({ table, id, kind: 'notSenders', message: text.notSenders }, true)
    return 'skip'
  }
  if (!existing) return 'insert'
  if (existing.site_id !== row.site_id) {
    scope.tally.issue({ table, id, kind: 'conflict', message: text.conflict }, true)
    return 'skip'
  }
  if (existing.updated_at > row.updated_at) {
    scope.tally.issue({ table, id, kind: 'older', message: text.older(scope.selfCode) }, true)
    return 'skip'
  }
  if (existing.updated_at === row.updated_at) {
    scope.tally.of(table).unchanged++
    return 'skip'
  }
  return 'update'
}

/**
 * A plain table (shape 'rows'): upsert by id with the columns the package carries and this
 * schema knows, a change_log entry for each write so the rows can be relayed upward.
 */
export async function applyPlainTable(
  scope: ApplyScope,
  t: TravellingTable,
  packageColumns: string[],
  data: Buffer,
): Promise<Set<string>> {
  const { sqlite, tally } = scope
  const local = new Set(
    (sqlite.prepare(`PRAGMA table_info(${t.table})`).all() as { name: string }[]).map(
      (c) => c.name,
    ),
  )
  const columns = packageColumns.filter((c) => local.has(c) && !t.localColumns.includes(c))
  const upsert = sqlite.prepare(
    `INSERT INTO ${t.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${columns
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  )
  const find = sqlite.prepare(`SELECT site_id, updated_at, deleted_at FROM ${t.table} WHERE id = ?`)
  const log = sqlite.prepare(
    'INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, ?, ?, ?)',
  )
  const seen = new Set<string>()
  for (const row of ndjsonRows(data, t.table, tally)) {
    if (scope.progress.row()) await scope.progress.pause()
    const id = String(row.id)
    seen.add(id)
    const existing = find.get(id) as
      { site_id: string; updated_at: string; deleted_at: string | null } | undefined
    const decision = decide(scope, t.table, row, existing)
    if (decision === 'skip') continue
    const values = columns.map((c) => {
      const v = Object.hasOwn(row, c) ? row[c] : null
      return typeof v === 'boolean' ? Number(v) : v
    })
    if (values.some((v) => v !== null && typeof v === 'object')) {
      tally.issue({ table: t.table, id, kind: 'invalid', message: text.invalid }, true)
      continue
    }
    try {
      upsert.run(...values)
    } catch (e) {
      if (!isRowConstraint(e)) throw e
      tally.issue({ table: t.table, id, kind: 'conflict', message: text.conflict }, true)
      continue
    }
    const deleting = Boolean(row.deleted_at) && !existing?.deleted_at
    const op = deleting ? 'delete' : decision
    log.run(t.table, id, op, row.updated_at, row.site_id)
    const counts = tally.of(t.table)
    if (deleting) counts.deleted++
    else if (decision === 'insert') counts.inserted++
    else counts.updated++
  }
  return seen
}

/** Full package: the sender's live rows it no longer has become tombstones here. */
export function tombstoneAbsent(scope: ApplyScope, table: string, present: Set<string>): string[] {
  const live = scope.sqlite
    .prepare(`SELECT id FROM ${table} WHERE site_id = ? AND deleted_at IS NULL`)
    .pluck()
    .all(scope.senderId) as string[]
  return live.filter((id) => !present.has(id))
}

export function tombstonePlainRows(scope: ApplyScope, table: string, ids: string[]): void {
  const mark = scope.sqlite.prepare(
    `UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`,
  )
  const log = scope.sqlite.prepare(
    'INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, ?, ?, ?)',
  )
  for (const id of ids) {
    const stamp = scope.stamp()
    mark.run(stamp, stamp, id)
    log.run(table, id, 'delete', stamp, scope.senderId)
    scope.tally.of(table).deleted++
  }
}
