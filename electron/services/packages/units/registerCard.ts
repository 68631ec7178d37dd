import type { Kysely } from 'kysely'
import type { Database, UnitKeysTable, UnitRelation } from '../../../../db/schema'
import { unitKeyText } from '../../../../shared/i18n/packages'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import { normalizeFingerprint } from '../../../../shared/packages/fingerprint'
import type { UnitInfo } from '../../../../shared/contract/system'
import { levelOfRegionCode, parentRegionCodes } from '../../../../shared/units/regionCode'
import { formatHlc } from '../../../../shared/time/hlc'
import { AppError } from '../../../core/appError'
import { readKeyCard, rotationSignedBy } from './keyCard'

const UNSTAMPED = formatHlc({ ms: 0, counter: 0 })
const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const

/**
 * Where a unit sits relative to this one by GB/T 2260: 330621 is 下级 of 330600, which is
 * 下级 of 330000; only one level apart (a province registers its cities, not their counties).
 */
export function relationOf(self: UnitInfo, code: string): 'upper' | 'lower' | null {
  const level = levelOfRegionCode(code)
  if (!level) return null
  const gap = LEVEL_RANK[level] - LEVEL_RANK[self.level]
  if (gap === 1 && parentRegionCodes(code).includes(self.code)) return 'lower'
  if (gap === -1 && parentRegionCodes(self.code).includes(code)) return 'upper'
  return null
}

const supersedeActiveKey = (db: Kysely<Database>, unitId: string) =>
  db
    .updateTable('unit_keys')
    .set({ status: 'superseded' })
    .where('unit_id', '=', unitId)
    .where('status', '=', 'active')
    .execute()

export interface Registered {
  unit: UnitInfo & { relation: UnitRelation }
  key: UnitKeysTable
  /** new: first card of this unit; same: already held; rotated: signed by the old key; replaced. */
  outcome: 'new' | 'same' | 'rotated' | 'replaced'
}

export interface RegisterOptions {
  typedFingerprint?: string
  /** The admin confirmed that this card replaces the one held (a lost key, UPWARD.md). */
  replace?: boolean
  by: string
  nowIso: string
}

/**
 * Registers a unit's key card as 上级 or 下级. A typed fingerprint that matches makes the key
 * 已核验, a wrong one is refused, none leaves it 未核验. A card signed by the unit's current
 * key (rotation) keeps that key's verification without a new phone call. A card that is not
 * (a unit that lost its key and was set up afresh) replaces the one held only when the admin
 * confirms it and types the fingerprint; the old key and its packages stay as history.
 */
export async function registerCard(
  db: Kysely<Database>,
  self: UnitInfo,
  cardText: string,
  opts: RegisterOptions,
): Promise<Registered> {
  const card = readKeyCard(cardText)
  const { unit } = card.body
  if (unit.code === self.code || unit.unitId === self.id) {
    throw new AppError('BAD_INPUT', unitKeyText.ownCard)
  }
  const relation = relationOf(self, unit.code)
  if (!relation || levelOfRegionCode(unit.code) !== unit.level) {
    throw new AppError('BAD_INPUT', unitKeyText.notRelated(unit.code, self.code))
  }
  const typed = opts.typedFingerprint ? normalizeFingerprint(opts.typedFingerprint) : null
  if (typed !== null && typed !== card.body.fingerprint) {
    throw new AppError('BAD_INPUT', unitKeyText.fingerprintMismatch)
  }
  const confirmReplacement = () => {
    if (!opts.replace) {
      throw new AppError('CONFLICT', unitKeyText.replaceNeedsConfirmation(unit.code, unit.name))
    }
    if (typed === null) throw new AppError('BAD_INPUT', unitKeyText.replaceNeedsFingerprint)
  }

  const existing = await db
    .selectFrom('units')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('id', '=', unit.unitId), eb('code', '=', unit.code)]))
    .execute()
  const earlier = existing.find((u) => u.id !== unit.unitId)
  if (earlier) {
    if (earlier.relation !== 'upper' && earlier.relation !== 'lower') {
      throw new AppError('CONFLICT', unitKeyText.codeTaken(unit.code))
    }
    // Set up afresh under a new id: the earlier registration is retired (the code is unique
    // among live units) but keeps the rows it sent, still read-only and named after it.
    confirmReplacement()
    await db
      .updateTable('units')
      .set({ deleted_at: formatHlc({ ms: Date.parse(opts.nowIso), counter: 0 }) })
      .where('id', '=', earlier.id)
      .execute()
    await supersedeActiveKey(db, earlier.id)
  }
  if (!existing.some((u) => u.id === unit.unitId)) {
    await db
      .insertInto('units')
      .values({
        id: unit.unitId,
        site_id: unit.unitId,
        // The unit's own record arrives with its first package and wins over this stand-in.
        created_at: UNSTAMPED,
        updated_at: UNSTAMPED,
        deleted_at: null,
        code: unit.code,
        name: unit.name,
        level: unit.level,
        is_self: 0,
        relation,
      })
      .execute()
  } else {
    await db
      .updateTable('units')
      .set({ name: unit.name, relation })
      .where('id', '=', unit.unitId)
      .execute()
  }

  const keys = await db
    .selectFrom('unit_keys')
    .selectAll()
    .where('unit_id', '=', unit.unitId)
    .execute()
  const same = keys.find((k) => k.fingerprint === card.body.fingerprint)
  const verifiedNow = typed !== null
  const info = { id: unit.unitId, code: unit.code, name: unit.name, level: unit.level, relation }
  if (same) {
    if (verifiedNow && same.verification !== 'verified') {
      await db
        .updateTable('unit_keys')
        .set({ verification: 'verified', verified_at: opts.nowIso, verified_by: opts.by })
        .where('id', '=', same.id)
        .execute()
    }
    const key = await db
      .selectFrom('unit_keys')
      .selectAll()
      .where('id', '=', same.id)
      .executeTakeFirstOrThrow()
    return { unit: info, key, outcome: 'same' }
  }

  const previous = card.body.previousFingerprint
    ? keys.find((k) => k.fingerprint === card.body.previousFingerprint && k.status === 'active')
    : undefined
  const rotated = previous !== undefined && rotationSignedBy(card, previous.sign_public)
  if (keys.length > 0 && !rotated) confirmReplacement()
  const inherited = rotated && previous.verification !== 'unverified'
  const key: UnitKeysTable = {
    id: uuidv7(),
    unit_id: unit.unitId,
    sign_public: card.body.signPublic,
    box_public: card.body.boxPublic,
    fingerprint: card.body.fingerprint,
    card: cardText,
    registered_at: opts.nowIso,
    registered_by: opts.by,
    verification: verifiedNow ? 'verified' : inherited ? 'rotated' : 'unverified',
    verified_at: verifiedNow ? opts.nowIso : null,
    verified_by: verifiedNow ? opts.by : null,
    status: 'active',
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  }
  await supersedeActiveKey(db, unit.unitId)
  await db.insertInto('unit_keys').values(key).execute()
  const outcome = rotated ? 'rotated' : keys.length > 0 || earlier ? 'replaced' : 'new'
  return { unit: info, key, outcome }
}
