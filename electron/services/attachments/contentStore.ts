import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { liveUsesOfHash } from '../../../db/repos/attachments'
import type { AttachmentType } from '../../../shared/contract/activities'
import { attachmentMessages as msg } from '../../../shared/i18n/activities'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { writeBytesSafely } from '../files/safeWrite'

/** `<dataDir>/attachments/<sha256[0:2]>/<sha256>`: one file per content, however often used. */
export function contentPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'attachments', sha256.slice(0, 2), sha256)
}

/** The type by the first bytes, never by the name: JPEG, PNG or PDF, else null. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  return null
}

/** Base64 (a `data:…;base64,` prefix and line breaks allowed) → bytes, or null if malformed. */
export function decodeBase64(text: string): Buffer | null {
  const body = text.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 === 1) return null
  return Buffer.from(body, 'base64')
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Writes the bytes under their hash unless that file is already there (deduplicated),
 * through a temporary file that is synced and renamed, so a power cut leaves either no
 * file or the whole file.
 */
export function storeContent(
  dataDir: string,
  bytes: Uint8Array,
): { sha256: string; written: boolean } {
  const sha256 = sha256Of(bytes)
  const path = contentPath(dataDir, sha256)
  try {
    if (existsSync(path) && statSync(path).size === bytes.length) return { sha256, written: false }
    // Same hash, other size: a half file from before; the folder is the app's own.
    writeBytesSafely(path, bytes, { createFolder: true, overwrite: true })
    return { sha256, written: true }
  } catch (e) {
    if (e instanceof AppError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new AppError(
      'IO_ERROR',
      code === 'ENOSPC' ? errorText.diskFull : msg.writeFailed(code ?? ''),
    )
  }
}

/** The stored bytes, checked against their hash. */
export function readContent(dataDir: string, sha256: string): Buffer {
  let bytes: Buffer
  try {
    bytes = readFileSync(contentPath(dataDir, sha256))
  } catch {
    throw new AppError('IO_ERROR', msg.fileMissing)
  }
  if (sha256Of(bytes) !== sha256) throw new AppError('IO_ERROR', msg.fileMissing)
  return bytes
}

/** Deletes the file once no live attachment row points at it (photos of people go too). */
export async function removeUnusedContent(ctx: HandlerContext, sha256: string): Promise<void> {
  if ((await liveUsesOfHash(ctx.db, sha256)) > 0) return
  try {
    unlinkSync(contentPath(ctx.files.dataDir, sha256))
  } catch {
    // Already gone: nothing to free.
  }
}
