import { sql, type Kysely } from 'kysely'
import type { ActivityAttachmentsTable, Database } from '../schema'
import { recordChange } from './changeLog'

/** What a file can be attached to; each has its own table of the same shape. */
export type AttachmentOwner = 'activity' | 'suggestion'

const STORE = {
  activity: { table: 'activity_attachments', owner: 'activity_id' },
  suggestion: { table: 'suggestion_attachments', owner: 'suggestion_id' },
} as const

/** A file's row with its owner's id under one name, whichever table it lives in. */
export type AttachmentRow = Omit<ActivityAttachmentsTable, 'activity_id'> & { owner_id: string }

const COLUMNS = sql.raw(
  'id, site_id, created_at, updated_at, deleted_at, sha256, size, mime, file_name, caption',
)

function rowsOf(db: Kysely<Database>, owner: AttachmentOwner, where: ReturnType<typeof sql>) {
  const { table, owner: column } = STORE[owner]
  return sql<AttachmentRow>`
    SELECT ${COLUMNS}, ${sql.ref(column)} AS owner_id FROM ${sql.table(table)}
    WHERE deleted_at IS NULL AND ${where}
    ORDER BY created_at`
    .execute(db)
    .then((r) => r.rows)
}

export function attachmentsOf(db: Kysely<Database>, owner: AttachmentOwner, ownerId: string) {
  return rowsOf(db, owner, sql`${sql.ref(STORE[owner].owner)} = ${ownerId}`)
}

/** Live attachment counts per activity, for the list. */
export async function attachmentCounts(
  db: Kysely<Database>,
  activityIds: readonly string[],
): Promise<Map<string, number>> {
  if (activityIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('activity_attachments')
    .select(['activity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activity_id', 'in', activityIds)
    .where('deleted_at', 'is', null)
    .groupBy('activity_id')
    .execute()
  return new Map(rows.map((r) => [r.activity_id, Number(r.n)]))
}

export async function findAttachmentRow(
  db: Kysely<Database>,
  owner: AttachmentOwner,
  id: string,
): Promise<AttachmentRow | undefined> {
  return (await rowsOf(db, owner, sql`id = ${id}`))[0]
}

export async function findAttachmentByHash(
  db: Kysely<Database>,
  owner: AttachmentOwner,
  ownerId: string,
  sha256: string,
): Promise<AttachmentRow | undefined> {
  const where = sql`${sql.ref(STORE[owner].owner)} = ${ownerId} AND sha256 = ${sha256}`
  return (await rowsOf(db, owner, where))[0]
}

/** Live rows of any owner that still point at this content. */
export async function liveUsesOfHash(db: Kysely<Database>, sha256: string): Promise<number> {
  let n = 0
  for (const { table } of Object.values(STORE)) {
    const r = await sql<{ n: number }>`
      SELECT count(*) AS n FROM ${sql.table(table)}
      WHERE sha256 = ${sha256} AND deleted_at IS NULL`.execute(db)
    n += Number(r.rows[0]?.n ?? 0)
  }
  return n
}

export async function insertAttachment(
  db: Kysely<Database>,
  owner: AttachmentOwner,
  row: AttachmentRow,
) {
  const { table, owner: column } = STORE[owner]
  await sql`
    INSERT INTO ${sql.table(table)} (${COLUMNS}, ${sql.ref(column)})
    VALUES (${row.id}, ${row.site_id}, ${row.created_at}, ${row.updated_at}, ${row.deleted_at},
      ${row.sha256}, ${row.size}, ${row.mime}, ${row.file_name}, ${row.caption}, ${row.owner_id})`.execute(
    db,
  )
  await recordChange(db, {
    table_name: table,
    row_id: row.id,
    op: 'insert',
    hlc: row.created_at,
    site_id: row.site_id,
  })
}

export async function softDeleteAttachment(
  db: Kysely<Database>,
  owner: AttachmentOwner,
  row: Pick<AttachmentRow, 'id' | 'site_id'>,
  stamp: string,
) {
  const { table } = STORE[owner]
  await sql`UPDATE ${sql.table(table)} SET deleted_at = ${stamp}, updated_at = ${stamp}
    WHERE id = ${row.id}`.execute(db)
  await recordChange(db, {
    table_name: table,
    row_id: row.id,
    op: 'delete',
    hlc: stamp,
    site_id: row.site_id,
  })
}
