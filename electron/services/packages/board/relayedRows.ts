import type BetterSqlite3 from 'better-sqlite3'
import type { BoardUnit } from '../../../../shared/contract/packagesBoard'
import type { PackagesTable, ReceiptsTable } from '../../../../db/schema'

/** What the board reads of a package, received here or relayed by a city. */
export type BoardPackageRow = Pick<
  PackagesTable,
  | 'id'
  | 'sender_code'
  | 'period'
  | 'created_at'
  | 'applied_at'
  | 'status'
  | 'status_reason'
  | 'status_at'
  | 'counts'
  | 'applied_counts'
>
export type BoardReceiptRow = Pick<ReceiptsTable, 'package_id' | 'status' | 'reason' | 'at' | 'by'>

/** At the province: the counties each city relays, under that city's code. */
export function relayedUnits(
  sqlite: BetterSqlite3.Database,
): Required<Omit<BoardUnit, 'persons'>>[] {
  return sqlite
    .prepare(
      `SELECT u.code, u.name, c.code AS parentCode FROM units u JOIN units c ON c.id = u.via_unit_id
        WHERE u.relation = 'relayed' AND u.deleted_at IS NULL ORDER BY c.code, u.code`,
    )
    .all() as Required<Omit<BoardUnit, 'persons'>>[]
}

/**
 * The county packages cities relayed, as board rows, and their steps as the city recorded
 * them: arrival at the city, then its 审核 or 退回 when there was one. The city's receipts
 * themselves stay with the city and the county; their outcome travels in the evidence.
 */
export function relayedPackages(
  sqlite: BetterSqlite3.Database,
  period: string | undefined,
): { packages: BoardPackageRow[]; receipts: BoardReceiptRow[] } {
  const packages = sqlite
    .prepare(
      `SELECT id, sender_code, period, created_at, applied_at, status, status_reason, status_at,
              counts, applied_counts
         FROM relayed_packages ${period ? 'WHERE period = ?' : ''}`,
    )
    .all(...(period ? [period] : [])) as BoardPackageRow[]
  const receipts: BoardReceiptRow[] = []
  for (const p of packages) {
    const decided = p.status === 'reviewed' || p.status === 'returned'
    receipts.push({
      package_id: p.id,
      status: decided ? 'received' : p.status === 'generated' ? 'received' : p.status,
      reason: null,
      at: p.applied_at ?? p.status_at,
      by: '',
    })
    if (decided) {
      receipts.push({
        package_id: p.id,
        status: p.status as 'reviewed' | 'returned',
        reason: p.status_reason,
        at: p.status_at,
        by: '',
      })
    }
  }
  return { packages, receipts }
}
