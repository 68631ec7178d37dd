import type BetterSqlite3 from 'better-sqlite3'
import type { BackupCounts, BackupManifest } from '../../../shared/contract/backups'

function columns(sqlite: BetterSqlite3.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
    (c) => c.name,
  )
}

/**
 * Live rows only (tombstones are not records a person would count). Tables an older schema
 * lacks count 0: a backup taken before a migration still describes itself.
 */
function countRows(sqlite: BetterSqlite3.Database, table: string): number {
  const cols = columns(sqlite, table)
  if (cols.length === 0) return 0
  const where = cols.includes('deleted_at') ? ' WHERE deleted_at IS NULL' : ''
  return sqlite.prepare(`SELECT count(*) FROM ${table}${where}`).pluck().get() as number
}

/** What a database holds, as a backup's manifest and the restore screen's "today" say it. */
export function databaseFacts(
  sqlite: BetterSqlite3.Database,
): Pick<BackupManifest, 'unit' | 'counts' | 'lastPackageSent'> {
  const counts: BackupCounts = {
    persons: countRows(sqlite, 'persons'),
    organizations: countRows(sqlite, 'organizations'),
    activities: countRows(sqlite, 'activities'),
    suggestions: countRows(sqlite, 'suggestions'),
    users: countRows(sqlite, 'users'),
  }
  const unit = columns(sqlite, 'units').includes('is_self')
    ? ((sqlite
        .prepare('SELECT code, name FROM units WHERE is_self = 1 AND deleted_at IS NULL LIMIT 1')
        .get() as { code: string; name: string } | undefined) ?? null)
    : null
  const lastPackageSent = columns(sqlite, 'packages').includes('receiver_name')
    ? ((sqlite
        .prepare(
          `SELECT id, kind, created_at AS createdAt, receiver_name AS receiverName FROM packages
           WHERE direction = 'sent' ORDER BY created_at DESC LIMIT 1`,
        )
        .get() as BackupManifest['lastPackageSent'] | undefined) ?? null)
    : null
  return { unit, counts, lastPackageSent }
}
