import type BetterSqlite3 from 'better-sqlite3'
import {
  INDICATOR_BY_ID,
  INDICATORS,
  type IndicatorSource,
  type IndicatorValues,
} from '../../../../shared/statistics/indicators'
import { earlierDay } from '../../../../shared/statistics/days'
import type { Period } from '../../../../shared/statistics/period'
import type { PersonListIndex } from '../../persons/listIndex/listIndex'
import type { SiteScope } from '../siteScope'
import { activityFigures, heldActivities } from './activityFigures'
import { exitFigures } from './exitFigures'
import { registerFigures } from './registerFigures'
import { suggestionFigures } from './suggestionFigures'

export interface IndicatorInputs {
  sqlite: BetterSqlite3.Database
  index: PersonListIndex
  /** Today on the office's calendar: ages are taken on the period's end or today if earlier. */
  today: string
  /** The units whose records count (an upper unit's 本单位 or one unit below), null = all. */
  sites: SiteScope
}

export interface IndicatorResult {
  values: IndicatorValues
  /** Sources with no data behind them yet (the suggestions module before it exists). */
  unavailable: IndicatorSource[]
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

/**
 * The one implementation of every indicator: the dashboard, the statistics page, reports,
 * the command line and the upper office's roll-up all read their figures from here. Only
 * the sources the asked-for indicators need are read.
 */
export function computeIndicators(
  input: IndicatorInputs,
  period: Period,
  ids: readonly string[] = INDICATORS.map((d) => d.id),
): IndicatorResult {
  const defs = ids.map((id) => {
    const def = INDICATOR_BY_ID.get(id)
    if (!def) throw new Error(`unknown indicator ${id}`)
    return def
  })
  const sources = new Set(defs.map((d) => d.source))
  // 净增 is 新增 (register) minus 减少 (exits).
  if (sources.has('exits')) sources.add('register')
  const raw: Record<string, number> = {}
  const unavailable: IndicatorSource[] = []
  const ageDay = earlierDay(period.to, input.today)
  const { sites } = input
  if (sources.has('register'))
    Object.assign(raw, registerFigures(input.index, period, ageDay, sites))
  if (sources.has('exits')) {
    Object.assign(raw, exitFigures(input.index, period, sites))
    raw['persons.netChange'] = (raw['persons.added'] ?? 0) - (raw['persons.exits'] ?? 0)
  }
  if (sources.has('activities'))
    Object.assign(raw, activityFigures(heldActivities(input.sqlite, period, sites)))
  if (sources.has('suggestions')) {
    const figures = suggestionFigures(input.sqlite, period, sites)
    if (figures) Object.assign(raw, figures)
    else unavailable.push('suggestions')
  }
  const values: IndicatorValues = {}
  for (const d of defs) values[d.id] = round(raw[d.id] ?? 0, d.decimals)
  return { values, unavailable }
}
