import { ACTIVE_PERSON_STATUS } from '../../../../shared/codes/personStatus'
import type { AgeSexRow, Breakdown } from '../../../../shared/contract/statistics'
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
): { byTownship: Breakdown; ageSex: AgeSexRow[] } {
  const c = index.columns
  const inScope = siteTable(c, sites)
  const live = codeNumber(ACTIVE_PERSON_STATUS)
  const maleCode = codeNumber('1')
  const femaleCode = codeNumber('2')
  const township = new Uint32Array(c.interned.township.size)
  const male = new AgeTally(ageDay)
  const female = new AgeTally(ageDay)
  const other = new AgeTally(ageDay)
  for (let s = 0; s < c.size; s++) {
    if (!c.alive[s] || c.status[s] !== live || (inScope && !inScope[c.site[s]!])) continue
    township[c.township[s]!]!++
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
  const byTownship: Breakdown = []
  township.forEach((count, id) => {
    if (count > 0) byTownship.push({ code: codes[id] ?? null, count })
  })
  byTownship.sort((a, b) => b.count - a.count)
  return { byTownship, ageSex }
}
