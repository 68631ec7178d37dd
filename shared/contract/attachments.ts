import { z } from 'zod'

/** Attachments: at most this many bytes each, JPEG, PNG or PDF by their first bytes. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

/** A file attached to an activity or a suggestion (`ownerId` is that record's id). */
export interface Attachment {
  id: string
  ownerId: string
  sha256: string
  size: number
  mime: AttachmentType
  fileName: string
  caption: string | null
  createdAt: string
}

export interface AttachmentContent {
  attachment: Attachment
  base64: string
}

/** What an upload sends besides its owner: the picked file's name and bytes as base64. */
export const attachmentUploadShape = {
  fileName: z.string().trim().min(1).max(200),
  // Base64 of the size limit, plus slack for padding and line breaks.
  base64: z
    .string()
    .min(1)
    .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4096),
  caption: z.string().trim().max(200).nullish(),
}
