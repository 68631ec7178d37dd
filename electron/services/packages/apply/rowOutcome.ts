import type { ReceiptRow, TableCounts } from '../../../../shared/packages/format'

/** What applying a package did, per table, and the rows that did not take as sent. */
export class ApplyTally {
  readonly counts: Record<string, TableCounts> = {}
  readonly rows: ReceiptRow[] = []

  of(table: string): TableCounts {
    return (this.counts[table] ??= {
      inserted: 0,
      updated: 0,
      deleted: 0,
      unchanged: 0,
      ignored: 0,
    })
  }

  issue(row: ReceiptRow, ignored: boolean): void {
    this.rows.push(row)
    if (ignored) this.of(row.table).ignored++
  }
}

/** SQLite refused the row itself (a constraint, a STRICT type): that row only. */
export function isRowConstraint(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')
}
