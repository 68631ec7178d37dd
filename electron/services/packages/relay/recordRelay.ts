import type BetterSqlite3 from 'better-sqlite3'
import type { RelayCheck } from './checkRelay'

/**
 * After a relay is applied: each county it vouched for is known here as relayed through its
 * sender (a unit row is made from its card when its own row did not travel), and each county
 * package it relayed is kept with the city's current decision on it, for the board.
 */
export function recordRelay(
  sqlite: BetterSqlite3.Database,
  relay: RelayCheck,
  opts: { relayPackageId: string; viaUnitId: string; now: string },
): void {
  const addUnit = sqlite.prepare(
    `INSERT INTO units (id, site_id, created_at, updated_at, code, name, level, relation)
     VALUES (@unitId, @unitId, @now, @now, @code, @name, @level, 'relayed')
     ON CONFLICT (id) DO NOTHING`,
  )
  const via = sqlite.prepare(
    "UPDATE units SET via_unit_id = ? WHERE id = ? AND relation = 'relayed'",
  )
  for (const u of relay.relayedUnits) {
    addUnit.run({ ...u, now: opts.now })
    via.run(opts.viaUnitId, u.unitId)
  }
  const keep = sqlite.prepare(
    `INSERT INTO relayed_packages (id, relay_package_id, via_unit_id, sender_unit_id, sender_code,
       sender_name, kind, period, created_at, applied_at, status, status_reason, status_at, counts,
       applied_counts, file_sha256, manifest, signature, signature_verified, received_at)
     VALUES (@id, @relay, @via, @senderUnitId, @senderCode, @senderName, @kind, @period,
       @createdAt, @appliedAt, @status, @statusReason, @statusAt, @counts, @appliedCounts,
       @fileSha256, @manifest, @signature, @verified, @now)
     ON CONFLICT (id) DO UPDATE SET relay_package_id = excluded.relay_package_id,
       status = excluded.status, status_reason = excluded.status_reason,
       status_at = excluded.status_at, applied_counts = excluded.applied_counts,
       received_at = excluded.received_at,
       manifest = coalesce(relayed_packages.manifest, excluded.manifest),
       signature = coalesce(relayed_packages.signature, excluded.signature),
       signature_verified = max(relayed_packages.signature_verified, excluded.signature_verified)`,
  )
  for (const e of relay.evidence) {
    keep.run({
      id: e.packageId,
      relay: opts.relayPackageId,
      via: opts.viaUnitId,
      senderUnitId: e.sender.unitId,
      senderCode: e.sender.code,
      senderName: e.sender.name,
      kind: e.kind,
      period: e.period,
      createdAt: e.createdAt,
      appliedAt: e.appliedAt,
      status: e.status,
      statusReason: e.statusReason,
      statusAt: e.statusAt,
      counts: JSON.stringify(e.counts),
      appliedCounts: e.appliedCounts,
      fileSha256: e.fileSha256,
      manifest: e.manifest,
      signature: e.signature,
      verified: e.signatureVerified ? 1 : 0,
      now: opts.now,
    })
  }
}
