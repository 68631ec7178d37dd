import type { Kysely } from 'kysely'
import type { Database, UnitKeysTable } from '../../../../db/schema'
import type { RelatedUnit, UnitKeyInfo } from '../../../../shared/contract/units'
import type { KnownSender } from '../verifyPackage'

export function keyInfo(k: UnitKeysTable): UnitKeyInfo {
  return {
    id: k.id,
    fingerprint: k.fingerprint,
    verification: k.verification,
    status: k.status,
    registeredAt: k.registered_at,
    verifiedAt: k.verified_at,
    revokedAt: k.revoked_at,
    revokeReason: k.revoke_reason,
  }
}

/** Units registered above and below this one, with every key each was known by. */
export async function relatedUnits(
  db: Kysely<Database>,
): Promise<(RelatedUnit & { rawKeys: UnitKeysTable[] })[]> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'level', 'relation'])
    .where('relation', 'in', ['upper', 'lower'])
    .where('deleted_at', 'is', null)
    .orderBy('code')
    .execute()
  const keys = await db
    .selectFrom('unit_keys')
    .selectAll()
    .orderBy('registered_at', 'desc')
    .execute()
  return units.map((u) => {
    const own = keys.filter((k) => k.unit_id === u.id)
    const active = own.find((k) => k.status === 'active')
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      level: u.level,
      relation: u.relation as 'upper' | 'lower',
      activeKey: active ? keyInfo(active) : null,
      keys: own.map(keyInfo),
      rawKeys: own,
    }
  })
}

export async function relatedUnit(
  db: Kysely<Database>,
  unitId: string,
): Promise<RelatedUnit | null> {
  const found = (await relatedUnits(db)).find((u) => u.id === unitId)
  if (!found) return null
  const { rawKeys: _, ...unit } = found
  return unit
}

/** The lookup verification runs against: every registered unit with its keys. */
export async function senderDirectory(
  db: Kysely<Database>,
): Promise<(unitId: string, code: string) => KnownSender | null> {
  const units = await relatedUnits(db)
  return (unitId, code) => {
    const u = units.find((x) => x.code === code)
    if (!u) return null
    if (u.id !== unitId) return { unit: { ...u, relation: u.relation }, keys: [] }
    return {
      unit: { id: u.id, code: u.code, name: u.name, level: u.level, relation: u.relation },
      keys: u.rawKeys,
    }
  }
}
