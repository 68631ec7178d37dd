import { z } from 'zod'
import type { UnitLevel } from '../units/regionCode'
import { idField } from './fields'
import { procedure } from './procedure'

/**
 * This unit, the units above and below it, and their key cards (UPWARD.md "Units and keys").
 * Cards travel as text (a small JSON file); the renderer reads and saves the file.
 */

export type KeyVerification = 'unverified' | 'verified' | 'rotated'

export interface UnitKeyInfo {
  id: string
  /** 60 digits; shown as 12 groups of 5. */
  fingerprint: string
  verification: KeyVerification
  status: 'active' | 'superseded' | 'revoked'
  registeredAt: string
  verifiedAt: string | null
  revokedAt: string | null
  revokeReason: string | null
}

export interface RelatedUnit {
  id: string
  code: string
  name: string
  level: UnitLevel
  relation: 'upper' | 'lower'
  /** The key packages are checked against now; null once every key was revoked. */
  activeKey: UnitKeyInfo | null
  keys: UnitKeyInfo[]
}

export interface UnitsOverview {
  self: {
    id: string
    code: string
    name: string
    level: UnitLevel
    /** Empty until the first key card is made. */
    fingerprint: string
    keyCreatedAt: string | null
  }
  upper: RelatedUnit[]
  lower: RelatedUnit[]
  /** At the province: the counties the cities relay, each under its city's code. */
  relayed: { code: string; name: string; parentCode: string }[]
}

export interface KeyCardFile {
  fileName: string
  /** The card's JSON text, signed: handed on byte for byte, never masked. */
  signedText: string
  fingerprint: string
}

export interface RegisterResult {
  unit: RelatedUnit
  outcome: 'new' | 'same' | 'rotated' | 'replaced'
}

const MAX_CARD_CHARS = 20_000
const fingerprintField = z.string().trim().min(1).max(120)

export const unitsContract = {
  'units.overview': procedure<UnitsOverview>()({ input: z.strictObject({}), access: 'viewer' }),
  /**
   * This unit's key card (keys are made on first use). Public keys only, so a viewer may
   * export it (the CLI runs it without --user); audited as a key export.
   */
  'units.card': procedure<KeyCardFile>()({
    input: z.strictObject({}),
    access: 'viewer',
    audited: true,
  }),
  'units.register': procedure<RegisterResult>()({
    input: z.strictObject({
      card: z.string().min(1).max(MAX_CARD_CHARS),
      fingerprint: fingerprintField.optional(),
      /**
       * A unit that lost its key (PC dead, no backup) registers afresh: its new card is not
       * signed by the key held here, so replacing it needs this and the typed fingerprint.
       */
      replace: z.literal(true).optional(),
    }),
    access: 'admin',
    audited: true,
  }),
  'units.verifyKey': procedure<RelatedUnit>()({
    input: z.strictObject({ unitId: idField, fingerprint: fingerprintField }),
    access: 'admin',
    audited: true,
  }),
  'units.revokeKey': procedure<RelatedUnit>()({
    input: z.strictObject({ keyId: idField, reason: z.string().trim().min(2).max(200) }),
    access: 'admin',
    audited: true,
  }),
  /** A new key pair; the new card is signed by the old key too, so the upper unit accepts it. */
  'units.rotateKeys': procedure<KeyCardFile>()({
    input: z.strictObject({}),
    access: 'admin',
    audited: true,
  }),
}
