import { ACTIVE_PERSON_STATUS } from '../../../../shared/codes/personStatus'
import type { LowerUnitCodes } from '../../../../db/repos/dictionaryScope'
import type { AgeSexRow, OwnedBreakdown } from '../../../../shared/contract/statistics'
import { AGE_BANDS } from '../../../../shared/statistics/ageBands'
import { codeNumber } from '../../persons/listIndex/columns'
import type { PersonListIndex } from '../../persons/listIndex/listIndex'
import { siteTable, type SiteScope } from '../siteScope'
import { AgeTally } from './ageTally'

/**
 * The register by township and by age band and sex, counted as registerFigures counts
 * persons.total and the age bands (persons on the register, ages taken on `ageDay`), so the
 * charts add up to the indicators beside them.
 */
export function registerBreakdowns(
  index: PersonListIndex,
  ageDay: string,
  sites: SiteScope,
  ownTownships: LowerUnitCodes = new Map(),
): { byTownship: OwnedBreakdown; ageSex: AgeSexRow[] } {
  const c = index.columns
  const inScope = siteTable(c, sites)
  const live = codeNumber(ACTIVE_PERSON_STATUS)
  const maleCode = codeNumber('1')
  const femaleCode = codeNumber('2')
  const township = new Uint32Array(c.interned.township.size)
  const male = new AgeTally(ageDay)
  const female = new AgeTally(ageDay)
  const other = new AgeTally(ageDay)
  const apart = ownedApart(c, ownTownships)
  const apartCounts = new Map<number, number>()
  for (let s = 0; s < c.size; s++) {
    if (!c.alive[s] || c.status[s] !== live || (inScope && !inScope[c.site[s]!])) continue
    const t = c.township[s]!
    const own = apart.bySite[c.site[s]!]
    if (own?.has(t)) {
      const key = c.site[s]! * apart.townships + t
      apartCounts.set(key, (apartCounts.get(key) ?? 0) + 1)
    } else township[t]!++
    const sex = c.sex[s]!
    ;(sex === maleCode ? male : sex === femaleCode ? female : other).add(c.birth[s]!)
  }
  const [m, f, o] = [male.bands().counts, female.bands().counts, other.bands().counts]
  const ageSex: AgeSexRow[] = AGE_BANDS.map((band) => ({
    band,
    male: m[band],
    female: f[band],
    other: o[band],
  }))
  const codes = c.interned.township.codes()
  const byTownship: OwnedBreakdown = []
  township.forEach((count, id) => {
    if (count > 0) byTownship.push({ code: codes[id] ?? null, count })
  })
  for (const [key, count] of apartCounts) {
    const site = Math.floor(key / apart.townships)
    const code = codes[key % apart.townships] ?? null
    byTownship.push({ code, count, unitCode: apart.unitCodes[site]! })
  }
  byTownship.sort((a, b) => b.count - a.count)
  return { byTownship, ageSex }
}

/**
 * Per interned site, the interned townships its unit named itself (undefined for most sites):
 * the loop above asks one array and one set per person, nothing more.
 */
function ownedApart(c: PersonListIndex['columns'], own: LowerUnitCodes) {
  const townshipIds = new Map(c.interned.township.codes().map((code, id) => [code, id]))
  const bySite: (Set<number> | undefined)[] = []
  const unitCodes: (string | undefined)[] = []
  c.interned.site.codes().forEach((siteId, site) => {
    const unit = siteId === null ? undefined : own.get(siteId)
    if (!unit) return
    const ids = [...unit.codes].flatMap((code) => {
      const id = townshipIds.get(code)
      return id === undefined ? [] : [id]
    })
    if (!ids.length) return
    bySite[site] = new Set(ids)
    unitCodes[site] = unit.unitCode
  })
  return { bySite, unitCodes, townships: Math.max(1, c.interned.township.size) }
}
