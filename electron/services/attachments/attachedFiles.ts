import {
  findAttachmentByHash,
  findAttachmentRow,
  insertAttachment,
  softDeleteAttachment,
  type AttachmentOwner,
  type AttachmentRow,
} from '../../../db/repos/attachments'
import {
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  type AttachmentType,
} from '../../../shared/contract/activities'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { attachmentMessages as msg } from '../../../shared/i18n/activities'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { hlcToIso } from '../persons/stamps'
import {
  decodeBase64,
  readContent,
  removeUnusedContent,
  sha256Of,
  sniffType,
  storeContent,
} from './contentStore'

/**
 * Files attached to an activity or a suggestion: the same checks, the same content store
 * and the same row shape, so a scan attached to both is kept once.
 */
export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerId: row.owner_id,
    sha256: row.sha256,
    size: row.size,
    mime: row.mime as AttachmentType,
    fileName: row.file_name,
    caption: row.caption,
    createdAt: hlcToIso(row.created_at),
  }
}

/** Keeps the name readable but harmless: no folders, no control characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'file'
}

export async function attachFile(
  ctx: HandlerContext,
  owner: AttachmentOwner,
  ownerRow: { id: string; site_id: string },
  input: { fileName: string; base64: string; caption?: string | null },
): Promise<AttachmentRow> {
  const bytes = decodeBase64(input.base64)
  if (!bytes) throw new AppError('BAD_INPUT', msg.badBase64)
  if (bytes.length === 0) throw new AppError('BAD_INPUT', msg.empty)
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    throw new AppError('BAD_INPUT', msg.tooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024))
  const mime = sniffType(bytes)
  if (!mime) throw new AppError('BAD_INPUT', msg.badType)
  const existing = await findAttachmentByHash(ctx.db, owner, ownerRow.id, sha256Of(bytes))
  if (existing) throw new AppError('CONFLICT', msg.alreadyAttached(existing.file_name))
  // The file first: if the row then fails, an unreferenced file is harmless and reused later.
  const { sha256 } = storeContent(ctx.files.dataDir, bytes)
  const stamp = ctx.clock.hlc()
  const row: AttachmentRow = {
    id: uuidv7(ctx.clock.nowMs()),
    site_id: ownerRow.site_id,
    created_at: stamp,
    updated_at: stamp,
    deleted_at: null,
    owner_id: ownerRow.id,
    sha256,
    size: bytes.length,
    mime,
    file_name: safeFileName(input.fileName),
    caption: input.caption || null,
  }
  await insertAttachment(ctx.db, owner, row)
  return row
}

export async function attachmentOr404(
  ctx: HandlerContext,
  owner: AttachmentOwner,
  id: string,
): Promise<AttachmentRow> {
  const row = await findAttachmentRow(ctx.db, owner, id)
  if (!row) throw new AppError('NOT_FOUND')
  return row
}

/** The file's bytes for the window, checked against their hash. */
export function attachmentContent(ctx: HandlerContext, row: AttachmentRow) {
  return {
    attachment: toAttachment(row),
    base64: readContent(ctx.files.dataDir, row.sha256).toString('base64'),
  }
}

/** Marks the rows deleted, then frees content nothing else uses (last: only the commit is left). */
export async function detachFiles(
  ctx: HandlerContext,
  owner: AttachmentOwner,
  rows: readonly AttachmentRow[],
  stamp = ctx.clock.hlc(),
): Promise<void> {
  for (const row of rows) await softDeleteAttachment(ctx.db, owner, row, stamp)
  for (const row of rows) await removeUnusedContent(ctx, row.sha256)
}
