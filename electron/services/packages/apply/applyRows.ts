import type BetterSqlite3 from 'better-sqlite3'
import { packageRowText as text } from '../../../../shared/i18n/packages'
import type { TravellingTable } from '../../../../shared/packages/travellingTables'
import type { ApplyProgress } from './applyProgress'
import { isRowConstraint, type ApplyTally } from './rowOutcome'

export interface ApplyScope {
  sqlite: BetterSqlite3.Database
  /** The sender's own site and, for a city's relay, the sites of the counties it relays. */
  sites: ReadonlySet<string>
  /** This unit's code, named when our copy is newer. */
  selfCode: string
  tally: ApplyTally
  progress: ApplyProgress
  stamp(): string
}

/**
 * Bytes of NDJSON handed on per step: whole lines, each decoded from UTF-8 as it is parsed
 * (ndjsonRows). The whole entry at once would not fit a province's relay; one zlib piece
 * (PackageEntries.stream) lets the rows start once the first megabyte is inflated, where a
 * block of 4 MB kept a county's apply waiting for most of its persons entry.
 */
const LINE_BLOCK = 1024 * 1024

/**
 * An entry's NDJSON in blocks of whole lines, as bytes, from its pieces as they are inflated
 * (PackageEntries.stream): a block ends after the last newline in what has come, a line longer
 * than a block waits for its newline or the end.
 */
export async function* lineBlocks(
  pieces: AsyncIterable<Buffer>,
  blockBytes = LINE_BLOCK,
): AsyncGenerator<Buffer> {
  let held: Buffer[] = []
  let heldBytes = 0
  for await (const piece of pieces) {
    held.push(piece)
    heldBytes += piece.length
    // A long line's pieces wait, uncopied, for the piece its newline is in.
    const newline = heldBytes < blockBytes ? -1 : piece.lastIndexOf(10)
    if (newline < 0) continue
    const bytes = held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes)
    const end = heldBytes - piece.length + newline + 1
    held = end < bytes.length ? [bytes.subarray(end)] : []
    heldBytes = bytes.length - end
    yield bytes.subarray(0, end)
  }
  if (heldBytes) yield held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes)
}

/**
 * The rows of a block of lines; a line that is not a JSON object (nor, with `fromArray`, an
 * array it reads as one: format 2's person lines) is counted invalid. Each line is decoded on
 * its own: decoding a block of mostly ASCII with some Chinese in it gave one two-byte string
 * of the whole block, slower to make and to parse than a line's.
 */
export function* ndjsonRows(
  block: Buffer,
  table: string,
  tally: ApplyTally,
  fromArray?: (values: readonly unknown[]) => Record<string, unknown>,
): Generator<Record<string, unknown>> {
  for (let from = 0; from < block.length;) {
    let to = block.indexOf(10, from)
    if (to < 0) to = block.length
    const line = block.toString('utf8', from, to)
    from = to + 1
    if (!line.trim()) continue
    const row = parsedRow(line, fromArray)
    if (!row) {
      tally.issue({ table, id: '', kind: 'invalid', message: text.invalid }, true)
      continue
    }
    yield row
  }
}

/** A line's JSON object (or array read as one) with a string id, or null. */
function parsedRow(
  line: string,
  fromArray: ((values: readonly unknown[]) => Record<string, unknown>) | undefined,
): Record<string, unknown> | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return null
  }
  const row = Array.isArray(parsed) ? (fromArray ? fromArray(parsed) : null) : parsed
  if (!row || typeof row !== 'object' || typeof (row as { id?: unknown }).id !== 'string') {
    return null
  }
  return row as Record<string, unknown>
}

export type Decision = 'insert' | 'update' | 'skip'

/**
 * Whether an incoming row may be written: only rows of the sender (or of a county it relays), never over a row
 * another unit owns, and the newer HLC wins (equal: already held, unchanged).
 */
export function decide(
  scope: ApplyScope,
  table: string,
  row: Record<string, unknown>,
  existing: { site_id: string; updated_at: string } | undefined,
): Decision {
  const id = String(row.id)
  if (
    typeof row.site_id !== 'string' ||
    !scope.sites.has(row.site_id) ||
    typeof row.updated_at !== 'string'
  ) {
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
  blocks: AsyncIterable<Buffer>,
  absent: AbsentRows | null,
): Promise<void> {
  const { tally } = scope
  // Prepared at the table's first row: most tables of a package are empty, and preparing
  // every table's statements was ~4 ms of the ~23 ms a 100-person package took to apply.
  let statements: ReturnType<typeof plainTableStatements> | null = null
  for await (const block of blocks)
    for (const row of ndjsonRows(block, t.table, tally)) {
      if (scope.progress.row()) await scope.progress.pause()
      const id = String(row.id)
      absent?.seen(id)
      statements ??= plainTableStatements(scope.sqlite, t, packageColumns)
      const { columns, upsert, find, log } = statements
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
}

/** The statements applyPlainTable writes a table's rows with. */
function plainTableStatements(
  sqlite: BetterSqlite3.Database,
  t: TravellingTable,
  packageColumns: string[],
) {
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
  return { columns, upsert, find, log }
}

/** A row that a full package no longer holds, and the site that owned it. */
export interface AbsentRow {
  id: string
  siteId: string
}

/**
 * Full package: the live rows of its sites, read before the table is applied, each struck off
 * as the apply reads its id — the rows left become tombstones here. Read afterwards, a new
 * city's first package read back every row it had just written (a third of a second at 100k
 * persons). The same rows either way: a row the apply makes live is one the package holds.
 * What is held is what was live here (nothing at a first package), not every id the package
 * brings: a Set of those was ~90 MB at a province's million persons.
 */
export class AbsentRows {
  /** Id → its site, for the rows not read yet. */
  private readonly live = new Map<string, string>()

  constructor(scope: ApplyScope, table: string) {
    // One string per site, not one per row.
    const siteOf = new Map([...scope.sites].map((s) => [s, s]))
    const rows = scope.sqlite
      .prepare(
        `SELECT id, site_id FROM ${table}
          WHERE site_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
      )
      .raw()
      .iterate(JSON.stringify([...scope.sites])) as Iterable<[string, string]>
    for (const [id, siteId] of rows) this.live.set(id, siteOf.get(siteId) ?? siteId)
  }

  /** The package holds `id`. */
  seen(id: string): void {
    if (this.live.size) this.live.delete(id)
  }

  /** The rows live before that the package did not hold. */
  rows(): AbsentRow[] {
    return [...this.live].map(([id, siteId]) => ({ id, siteId }))
  }
}

export function tombstonePlainRows(scope: ApplyScope, table: string, rows: AbsentRow[]): void {
  const mark = scope.sqlite.prepare(
    `UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`,
  )
  const log = scope.sqlite.prepare(
    'INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, ?, ?, ?)',
  )
  for (const { id, siteId } of rows) {
    const stamp = scope.stamp()
    mark.run(stamp, stamp, id)
    log.run(table, id, 'delete', stamp, siteId)
    scope.tally.of(table).deleted++
  }
}
