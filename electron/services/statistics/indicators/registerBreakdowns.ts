import { ACTIVE_PERSON_STATUS } from '../../../../shared/codes/personStatus'
import type { AgeSexRow, Breakdown } from '../../../../shared/contract/statistics'
import { AGE_BANDS, ageBandOf, type AgeBand } from '../../../../shared/statistics/ageBands'
import { codeNumber } from '../../persons/listIndex/columns'
import { UNKNOWN_BIRTH } from '../../persons/listIndex/keys'
import type { PersonListIndex } from '../../persons/listIndex/listIndex'
import { siteTable, type SiteScope } from '../siteScope'
import { ageOn } from './registerFigures'

/**
 * The register by township and by age band and sex, counted as registerFigures counts
 * persons.total and the age bands (persons on the register, ages taken on `ageDay`), so the
 * charts add up to the indicators beside them.
 */
export function registerBreakdowns(
  index: PersonListIndex,
  ageDay: string,
  sites: SiteScope,
): { byTownship: Breakdown; ageSex: AgeSexRow[] } {
  const c = index.columns
  const inScope = siteTable(c, sites)
  const live = codeNumber(ACTIVE_PERSON_STATUS)
  const male = codeNumber('1')
  const female = codeNumber('2')
  const township = new Uint32Array(c.interned.township.size)
  const rows = new Map<AgeBand, AgeSexRow>(
    AGE_BANDS.map((band) => [band, { band, male: 0, female: 0, other: 0 }]),
  )
  for (let s = 0; s < c.size; s++) {
    if (!c.alive[s] || c.status[s] !== live || (inScope && !inScope[c.site[s]!])) continue
    township[c.township[s]!]!++
    const birth = c.birth[s]!
    const band =
      birth === UNKNOWN_BIRTH || birth < 10000000 ? 'unknown' : ageBandOf(ageOn(ageDay, birth))
    const row = rows.get(band)!
    const sex = c.sex[s]!
    if (sex === male) row.male++
    else if (sex === female) row.female++
    else row.other++
  }
  const codes = c.interned.township.codes()
  const byTownship: Breakdown = []
  township.forEach((count, id) => {
    if (count > 0) byTownship.push({ code: codes[id] ?? null, count })
  })
  byTownship.sort((a, b) => b.count - a.count)
  return { byTownship, ageSex: [...rows.values()] }
}
