import type { Kysely } from 'kysely'
import type { AuditPage } from '../../shared/contract/audit'
import type { Database } from '../schema'

export interface AuditFilter {
  page: number
  pageSize: number
  action?: string | undefined
  username?: string | undefined
  result?: 'ok' | 'denied' | 'failed' | undefined
  /** ISO instants; `to` is exclusive. */
  from?: string | undefined
  to?: string | undefined
}

export async function listAudit(db: Kysely<Database>, f: AuditFilter): Promise<AuditPage> {
  let q = db.selectFrom('audit_log')
  if (f.action) q = q.where('action', '=', f.action)
  if (f.username) q = q.where('username', '=', f.username)
  if (f.result) q = q.where('result', '=', f.result)
  if (f.from) q = q.where('at', '>=', f.from)
  if (f.to) q = q.where('at', '<', f.to)
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await q
    .select(['seq', 'at', 'username', 'action', 'object_type', 'object_id', 'result', 'detail'])
    .orderBy('seq', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute()
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      username: r.username,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      result: r.result,
      detail: r.detail,
    })),
  }
}

export async function auditActionNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .orderBy('action')
    .execute()
  return rows.map((r) => r.action)
}
