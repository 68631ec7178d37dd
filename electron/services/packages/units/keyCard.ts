import type { OwnKeysTable } from '../../../../db/schema'
import type { UnitInfo } from '../../../../shared/contract/system'
import {
  KEY_CARD_FORMAT,
  keyCardBodySchema,
  signedFileSchema,
  type KeyCardBody,
} from '../../../../shared/packages/format'
import { unitKeyText } from '../../../../shared/i18n/packages'
import { peekKeyCard } from '../../../../shared/packages/peekCard'
import { AppError } from '../../../core/appError'
import { keyFingerprint, signBytes, verifyBytes } from '../crypto/keys'

/** This unit's key card: the public keys, signed by the key itself (and, on a rotation, by the old one). */
export function makeKeyCard(
  unit: UnitInfo,
  key: OwnKeysTable,
  createdAt: string,
  previous: OwnKeysTable | null = null,
): string {
  const body: KeyCardBody = {
    format: KEY_CARD_FORMAT,
    formatVersion: 1,
    unit: { unitId: unit.id, code: unit.code, name: unit.name, level: unit.level },
    signPublic: key.sign_public,
    boxPublic: key.box_public,
    fingerprint: key.fingerprint,
    createdAt,
    previousFingerprint: previous?.fingerprint ?? null,
  }
  const text = JSON.stringify(body)
  const bytes = Buffer.from(text, 'utf8')
  return `${JSON.stringify(
    {
      body: text,
      signature: signBytes(key.sign_private, bytes),
      previousSignature: previous ? signBytes(previous.sign_private, bytes) : null,
    },
    null,
    2,
  )}\n`
}

export interface ReadCard {
  body: KeyCardBody
  text: string
  previousSignature: string | null
}

/** A card file checked as far as it can be alone: shape, fingerprint, its own signature. */
export function readKeyCard(fileText: string): ReadCard {
  let body: KeyCardBody
  let signature: string
  let previousSignature: string | null
  try {
    const file = signedFileSchema.parse(JSON.parse(fileText))
    body = keyCardBodySchema.parse(JSON.parse(file.body))
    signature = file.signature
    previousSignature = file.previousSignature ?? null
    if (keyFingerprint(body.signPublic, body.boxPublic) !== body.fingerprint) throw new Error()
    if (!verifyBytes(body.signPublic, Buffer.from(file.body, 'utf8'), signature)) {
      throw new AppError('BAD_INPUT', unitKeyText.badCardSignature)
    }
    return { body, text: fileText, previousSignature }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('BAD_INPUT', unitKeyText.badCard)
  }
}

/** A rotation card is signed by the key it replaces as well. */
export function rotationSignedBy(card: ReadCard, previousSignPublic: string): boolean {
  if (!card.previousSignature) return false
  const bytes = Buffer.from(JSON.parse(card.text).body as string, 'utf8')
  return verifyBytes(previousSignPublic, bytes, card.previousSignature)
}

/** Which unit a card names, for an audit row even when the card is refused. */
export function cardLabel(fileText: string): string {
  const body = peekKeyCard(fileText)
  return body ? `${body.unit.code} ${body.unit.name}` : unitKeyText.unreadableCard
}
