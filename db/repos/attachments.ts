import type { Kysely } from 'kysely'
import type { ActivityAttachmentsTable, Database } from '../schema'
import { recordChange } from './changeLog'

export type AttachmentRow = ActivityAttachmentsTable

export async function attachmentsOfActivity(db: Kysely<Database>, activityId: string) {
  return db
    .selectFrom('activity_attachments')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute()
}

/** Live attachment counts per activity. */
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

export async function findAttachmentRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('activity_attachments')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function findAttachmentByHash(
  db: Kysely<Database>,
  activityId: string,
  sha256: string,
) {
  return db
    .selectFrom('activity_attachments')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('sha256', '=', sha256)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** Live rows anywhere that still point at this content. */
export async function liveUsesOfHash(db: Kysely<Database>, sha256: string): Promise<number> {
  const r = await db
    .selectFrom('activity_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sha256', '=', sha256)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

export async function insertAttachment(db: Kysely<Database>, row: AttachmentRow) {
  await db.insertInto('activity_attachments').values(row).execute()
  await recordChange(db, {
    table_name: 'activity_attachments',
    row_id: row.id,
    op: 'insert',
    hlc: row.created_at,
    site_id: row.site_id,
  })
}

export async function softDeleteAttachment(
  db: Kysely<Database>,
  row: Pick<AttachmentRow, 'id' | 'site_id'>,
  stamp: string,
) {
  await db
    .updateTable('activity_attachments')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'activity_attachments',
    row_id: row.id,
    op: 'delete',
    hlc: stamp,
    site_id: row.site_id,
  })
}
