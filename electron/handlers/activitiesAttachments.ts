import {
  findAttachmentByHash,
  findAttachmentRow,
  insertAttachment,
  softDeleteAttachment,
  type AttachmentRow,
} from '../../db/repos/attachments'
import {
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  type AttachmentType,
} from '../../shared/contract/activities'
import { uuidv7 } from '../../shared/ids/uuidv7'
import { activityAuditText as audit, attachmentMessages as msg } from '../../shared/i18n/activities'
import { AppError } from '../core/appError'
import type { DomainHandlers } from '../core/handlerTypes'
import {
  decodeBase64,
  readContent,
  removeUnusedContent,
  sha256Of,
  sniffType,
  storeContent,
} from '../services/attachments/contentStore'
import { hlcToIso } from '../services/persons/stamps'
import { activityOr404, ownedActivity } from './activitiesShared'

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    activityId: row.activity_id,
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

export const activitiesAttachmentsHandlers: DomainHandlers<
  'activities.addAttachment' | 'activities.attachment' | 'activities.removeAttachment'
> = {
  'activities.addAttachment': async (ctx, { activityId, fileName, base64, caption }) => {
    const activity = await ownedActivity(ctx, activityId)
    const bytes = decodeBase64(base64)
    if (!bytes) throw new AppError('BAD_INPUT', msg.badBase64)
    if (bytes.length === 0) throw new AppError('BAD_INPUT', msg.empty)
    if (bytes.length > ATTACHMENT_MAX_BYTES)
      throw new AppError('BAD_INPUT', msg.tooLarge(ATTACHMENT_MAX_BYTES / 1024 / 1024))
    const mime = sniffType(bytes)
    if (!mime) throw new AppError('BAD_INPUT', msg.badType)
    const existing = await findAttachmentByHash(ctx.db, activityId, sha256Of(bytes))
    if (existing) throw new AppError('CONFLICT', msg.alreadyAttached(existing.file_name))
    // The file first: if the row then fails, an unreferenced file is harmless and reused later.
    const { sha256 } = storeContent(ctx.files.dataDir, bytes)
    const stamp = ctx.clock.hlc()
    const row: AttachmentRow = {
      id: uuidv7(ctx.clock.nowMs()),
      site_id: activity.site_id,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      activity_id: activityId,
      sha256,
      size: bytes.length,
      mime,
      file_name: safeFileName(fileName),
      caption: caption || null,
    }
    await insertAttachment(ctx.db, row)
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.attachmentAdded(activity.title, row.file_name),
    })
    return toAttachment(row)
  },

  'activities.attachment': async (ctx, { id }) => {
    const row = await findAttachmentRow(ctx.db, id)
    if (!row) throw new AppError('NOT_FOUND')
    await activityOr404(ctx, row.activity_id)
    return {
      attachment: toAttachment(row),
      base64: readContent(ctx.files.dataDir, row.sha256).toString('base64'),
    }
  },

  'activities.removeAttachment': async (ctx, { id }) => {
    const row = await findAttachmentRow(ctx.db, id)
    if (!row) throw new AppError('NOT_FOUND')
    const activity = await ownedActivity(ctx, row.activity_id)
    await softDeleteAttachment(ctx.db, row, ctx.clock.hlc())
    await removeUnusedContent(ctx, row.sha256)
    ctx.note({
      objectType: 'activity',
      objectId: activity.id,
      detail: audit.attachmentRemoved(activity.title, row.file_name),
    })
    return null
  },
}
