import type { AttachmentOwner } from '../../../db/repos/attachments'
import type { Attachment, AttachmentContent } from '../../../shared/contract/attachments'
import type { HandlerContext } from '../../core/context'
import {
  attachFile,
  attachmentContent,
  attachmentOr404,
  detachFiles,
  toAttachment,
} from '../../services/attachments/attachedFiles'

interface OwnerRules {
  /** The live record this unit owns (refusing anything else), for add and remove. */
  owned(ctx: HandlerContext, id: string): Promise<{ id: string; site_id: string; title: string }>
  /** Throws NOT_FOUND when the record is gone: its files go with it. */
  readable(ctx: HandlerContext, id: string): Promise<unknown> | unknown
  objectType: string
  added(title: string, file: string): string
  removed(title: string, file: string): string
}

/** add / read / remove of the files of one kind of record, audited against that record. */
export function fileHandlers(owner: AttachmentOwner, rules: OwnerRules) {
  return {
    async add(
      ctx: HandlerContext,
      ownerId: string,
      file: { fileName: string; base64: string; caption?: string | null },
    ): Promise<Attachment> {
      const record = await rules.owned(ctx, ownerId)
      const row = await attachFile(ctx, owner, record, file)
      ctx.note({
        objectType: rules.objectType,
        objectId: ownerId,
        detail: rules.added(record.title, row.file_name),
      })
      return toAttachment(row)
    },

    async read(ctx: HandlerContext, id: string): Promise<AttachmentContent> {
      const row = await attachmentOr404(ctx, owner, id)
      await rules.readable(ctx, row.owner_id)
      return attachmentContent(ctx, row)
    },

    async remove(ctx: HandlerContext, id: string): Promise<null> {
      const row = await attachmentOr404(ctx, owner, id)
      const record = await rules.owned(ctx, row.owner_id)
      await detachFiles(ctx, owner, [row])
      ctx.note({
        objectType: rules.objectType,
        objectId: record.id,
        detail: rules.removed(record.title, row.file_name),
      })
      return null
    },
  }
}
