import { useCallback } from 'react'
import type { UnitsOverview } from '../../../shared/contract/units'
import { t } from '../../../shared/i18n'
import { call } from '../api/client'
import { useLoaded } from '../api/useLoaded'
import { useSession } from '../session/sessionStore'

export interface UnitOption {
  value: string
  label: string
}

/** A city or province: its lists hold the units below as well, and say whose each row is. */
export function useAtUpperUnit(): boolean {
  return useSession((s) => (s.status?.unit?.level ?? 'county') !== 'county')
}

/**
 * The units a list at an upper unit can be narrowed to: this unit, each unit below and (at the
 * province) each county a city relays. A
 * county has none to pick from (empty), so its lists show no unit picker.
 */
export function useUnitScope(): UnitOption[] {
  const upper = useAtUpperUnit()
  const fetcher = useCallback(
    (): Promise<UnitsOverview | null> =>
      upper ? call('units.overview', {}) : Promise.resolve(null),
    [upper],
  )
  const { data } = useLoaded(fetcher, null)
  if (!data) return []
  const txt = t.unitsUi
  // At the province a city stands for itself and the counties it relays; each county can be
  // picked on its own, listed under its city.
  return [
    { value: data.self.code, label: txt.scopeOption(data.self.name, data.self.code) },
    ...data.lower.flatMap((u) => {
      const below = data.relayed.filter((c) => c.parentCode === u.code)
      return [
        {
          value: u.code,
          label: below.length
            ? txt.scopeWithRelayed(u.name, u.code)
            : txt.scopeOption(u.name, u.code),
        },
        ...below.map((c) => ({ value: c.code, label: txt.scopeRelayed(c.name, c.code) })),
      ]
    }),
  ]
}
