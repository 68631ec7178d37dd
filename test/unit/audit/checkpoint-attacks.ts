import type BetterSqlite3 from 'better-sqlite3'
import {
  auditHash,
  GENESIS_HASH,
  type AuditFields,
} from '../../../electron/services/audit/hashChain'
import { signBytes } from '../../../electron/services/packages/crypto/keys'

type Row = AuditFields & { seq: number; prev_hash: string; hash: string }

/**
 * What someone holding the file can do with a text editor and the public formula: drop the
 * append-only triggers, change the rows, recompute every hash, put the triggers back.
 */
export function rewriteChain(
  sqlite: BetterSqlite3.Database,
  change: (rows: Row[]) => { keep: (row: Row) => boolean },
): void {
  const triggers = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
    )
    .all() as { name: string; sql: string }[]
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[]
  const { keep } = change(rows)
  sqlite.transaction(() => {
    for (const t of triggers) sqlite.exec(`DROP TRIGGER ${t.name}`)
    sqlite.exec('DELETE FROM audit_log')
    let prev = GENESIS_HASH
    const insert = sqlite.prepare(
      `INSERT INTO audit_log (seq, at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash)
       VALUES (@seq, @at, @user_id, @username, @action, @object_type, @object_id, @result, @detail, @prev_hash, @hash)`,
    )
    for (const row of rows.filter(keep)) {
      const hash = auditHash(prev, row)
      insert.run({ ...row, prev_hash: prev, hash })
      prev = hash
    }
    for (const t of triggers) sqlite.exec(t.sql)
  })()
}

/** The thorough attacker: re-signs the database's own checkpoints with the key in the file. */
export function resignDatabaseCheckpoints(sqlite: BetterSqlite3.Database): void {
  const key = sqlite
    .prepare("SELECT sign_private FROM own_keys WHERE status = 'active'")
    .pluck()
    .get() as string
  const hashAt = sqlite
    .prepare('SELECT hash FROM audit_log WHERE seq <= ? ORDER BY seq DESC LIMIT 1')
    .pluck()
  const cps = sqlite.prepare('SELECT n, body FROM audit_checkpoints').all() as {
    n: number
    body: string
  }[]
  for (const cp of cps) {
    const body = JSON.parse(cp.body) as { seq: number; hash: string }
    const hash = hashAt.get(body.seq) as string
    const seq = sqlite
      .prepare('SELECT seq FROM audit_log WHERE hash = ?')
      .pluck()
      .get(hash) as number
    const text = JSON.stringify({ ...body, seq, hash })
    sqlite
      .prepare(
        'UPDATE audit_checkpoints SET body = ?, seq = ?, hash = ?, signature = ? WHERE n = ?',
      )
      .run(text, seq, hash, signBytes(key, Buffer.from(text)), cp.n)
  }
}
