import { useCallback } from 'react'
import type { UnitsOverview } from '../../../shared/contract/units'
import { call } from '../api/client'
import { useLoaded } from '../api/useLoaded'
import { useSession } from '../session/sessionStore'

export interface UnitOption {
  value: string
  label: string
}

/**
 * The units a list at an upper unit can be narrowed to: this unit and each unit below. A
 * county has none to pick from (empty), so its lists show no unit picker.
 */
export function useUnitScope(): UnitOption[] {
  const upper = useSession((s) => (s.status?.unit?.level ?? 'county') !== 'county')
  const fetcher = useCallback(
    (): Promise<UnitsOverview | null> =>
      upper ? call('units.overview', {}) : Promise.resolve(null),
    [upper],
  )
  const { data } = useLoaded(fetcher, null)
  if (!data) return []
  return [data.self, ...data.lower].map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }))
}
