import type BetterSqlite3 from 'better-sqlite3'
import type { PackagesTable } from '../../../../db/schema'
import { RELAY_ENTRY_TABLE, type RelayEvidence } from '../../../../shared/packages/relay'
import type { TableData } from '../export/collectRows'
import type { BoardPackageRow } from '../board/relayedRows'

/** What a relay carries besides rows: the units below and their packages since the last relay. */
export interface RelayPlan {
  /** Site ids of the registered units below: their rows travel with this unit's own. */
  lowerSites: string[]
  evidence: TableData | null
}

type ReceivedRow = BoardPackageRow &
  Pick<PackagesTable, 'sender_unit_id' | 'sender_name' | 'kind' | 'file_sha256'> & {
    manifest: string | null
    signature: string | null
  }

/**
 * The registered units below this one, and one evidence line per package of theirs that a
 * relay over (from, to] must account for: every package for a full relay; for an incremental
 * one, those applied inside the range and those whose 审核 / 退回 changed since the last relay
 * was made (`decidedSince`), so the province's board follows the city's decisions.
 */
export function planRelay(
  sqlite: BetterSqlite3.Database,
  scope: { full: boolean; from: number; to: number; decidedSince: string | null },
): RelayPlan {
  const lowerSites = sqlite
    .prepare("SELECT id FROM units WHERE relation = 'lower' AND deleted_at IS NULL ORDER BY code")
    .pluck()
    .all() as string[]
  if (!lowerSites.length) return { lowerSites, evidence: null }
  const inRange = scope.full
    ? '1'
    : `(applied_seq > @from AND applied_seq <= @to)${scope.decidedSince ? ' OR status_at > @since' : ''}`
  const packages = sqlite
    .prepare(
      `SELECT id, sender_unit_id, sender_code, sender_name, kind, period, created_at, applied_at,
              status, status_reason, status_at, counts, applied_counts, file_sha256, manifest,
              signature
         FROM packages
        WHERE direction = 'received' AND status <> 'refused'
          AND sender_unit_id IN (SELECT value FROM json_each(@sites))
          AND (${inRange})
        ORDER BY applied_at, id`,
    )
    .all({
      sites: JSON.stringify(lowerSites),
      ...(scope.full ? {} : { from: scope.from, to: scope.to }),
      ...(!scope.full && scope.decidedSince ? { since: scope.decidedSince } : {}),
    }) as ReceivedRow[]
  const cardsOf = sqlite
    .prepare('SELECT card FROM unit_keys WHERE unit_id = ? ORDER BY registered_at')
    .pluck()
  const objects = packages.map((p): RelayEvidence => ({
    packageId: p.id,
    sender: { unitId: p.sender_unit_id, code: p.sender_code, name: p.sender_name },
    kind: p.kind,
    period: p.period,
    createdAt: p.created_at,
    appliedAt: p.applied_at,
    status: p.status as RelayEvidence['status'],
    statusReason: p.status_reason,
    statusAt: p.status_at,
    counts: JSON.parse(p.counts) as RelayEvidence['counts'],
    appliedCounts: p.applied_counts,
    fileSha256: p.file_sha256,
    manifest: p.manifest,
    signature: p.signature,
    cards: cardsOf.all(p.sender_unit_id) as string[],
  }))
  const lines = objects.map((o) => JSON.stringify(o))
  return {
    lowerSites,
    evidence: objects.length
      ? {
          table: RELAY_ENTRY_TABLE,
          columns: [],
          ndjson: `${lines.join('\n')}\n`,
          rows: objects.length,
          deleted: 0,
          objects: objects as unknown as Record<string, unknown>[],
        }
      : null,
  }
}
