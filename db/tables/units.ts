import type { Generated } from 'kysely'
import type { Travelling } from '../schema'

export interface UnitsTable extends Travelling {
  code: string
  name: string
  level: 'province' | 'city' | 'county'
  /** 1 for this installation's own unit; others arrive in packages. */
  is_self: number
  relation: Generated<UnitRelation>
  /** At the province: the city whose relays bring this county's rows (local, 0021). */
  via_unit_id: Generated<string | null>
}

export type UnitRelation = 'self' | 'upper' | 'lower' | 'relayed'

export interface OwnKeysTable {
  id: string
  created_at: string
  sign_public: string
  sign_private: string
  box_public: string
  box_private: string
  fingerprint: string
  status: 'active' | 'retired'
  retired_at: string | null
}

export interface UnitKeysTable {
  id: string
  unit_id: string
  sign_public: string
  box_public: string
  fingerprint: string
  card: string
  registered_at: string
  registered_by: string | null
  verification: 'unverified' | 'verified' | 'rotated'
  verified_at: string | null
  verified_by: string | null
  status: 'active' | 'superseded' | 'revoked'
  revoked_at: string | null
  revoked_by: string | null
  revoke_reason: string | null
}
