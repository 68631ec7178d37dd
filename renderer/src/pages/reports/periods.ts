import { t } from '../../../../shared/i18n'

const txt = t.reportsUi.exporter

/** This year and last, as 年度 and quarters: what the period field suggests. */
export function suggestedPeriods(today: Date): string[] {
  const year = today.getFullYear()
  const out: string[] = []
  for (const y of [year, year - 1]) {
    out.push(txt.year(y))
    for (let q = 1; q <= 4; q++) out.push(txt.quarter(y, q))
  }
  return out
}
