import type { OwnKeysTable } from '../../../db/schema'
import {
  RECEIPT_FORMAT,
  RECEIPT_FORMAT_VERSION,
  receiptBodySchema,
  signedFileSchema,
  type ReceiptBody,
} from '../../../shared/packages/format'
import { boardUi } from '../../../shared/i18n/boardUi'
import { receiptText } from '../../../shared/i18n/packages'
import { AppError } from '../../core/appError'
import { sha256Hex, signBytes, verifyBytes } from './crypto/keys'

/** A receipt (.xlrct): the body as signed text and the receiver's signature over it. */
export function signReceipt(
  body: Omit<ReceiptBody, 'format' | 'formatVersion'>,
  key: OwnKeysTable,
): { text: string; sha256: string; body: ReceiptBody } {
  // The lowest version that can say it: an older county app still reads import receipts.
  const formatVersion = body.decision || body.status === 'reviewed' ? RECEIPT_FORMAT_VERSION : 1
  const full: ReceiptBody = { format: RECEIPT_FORMAT, formatVersion, ...body }
  const bodyText = JSON.stringify(full)
  const text = `${JSON.stringify({
    body: bodyText,
    signature: signBytes(key.sign_private, Buffer.from(bodyText, 'utf8')),
  })}\n`
  return { text, sha256: sha256Hex(Buffer.from(text, 'utf8')), body: full }
}

/** The body, once the signature checks under one of the keys the receiver is known by. */
export function readReceipt(
  text: string,
  keysOf: (unitId: string, fingerprint: string) => string | null,
): ReceiptBody {
  let body!: ReceiptBody
  let newer = false
  let bodyText: string
  let signature: string
  try {
    const file = signedFileSchema.parse(JSON.parse(text))
    bodyText = file.body
    signature = file.signature
    newer = newerThanUs(JSON.parse(bodyText))
    if (!newer) body = receiptBodySchema.parse(JSON.parse(bodyText))
  } catch {
    throw new AppError('BAD_INPUT', receiptText.badReceipt)
  }
  if (newer) throw new AppError('BAD_INPUT', boardUi.newerReceipt)
  const signPublic = keysOf(body.receiver.unitId, body.receiver.keyFingerprint)
  if (!signPublic || !verifyBytes(signPublic, Buffer.from(bodyText, 'utf8'), signature)) {
    throw new AppError('BAD_INPUT', receiptText.badSignature)
  }
  return body
}

/** A receipt of a later format than this app reads: say "upgrade", not "damaged". */
function newerThanUs(raw: unknown): boolean {
  const v = (raw as { format?: unknown; formatVersion?: unknown } | null) ?? {}
  return (
    v.format === RECEIPT_FORMAT &&
    typeof v.formatVersion === 'number' &&
    v.formatVersion > RECEIPT_FORMAT_VERSION
  )
}
