import type BetterSqlite3 from 'better-sqlite3'
import { ruleVersionRows, yearLockRows } from '../../../db/repos/suggestionScores'
import type { ScoreRules, YearFigures, YearLock } from '../../../shared/contract/suggestions'
import { DEFAULT_SCORE_RULES } from '../../../shared/suggestions/score'

/** Until someone saves rules, version 1 is the shipped default table. */
export const FIRST_RULE_VERSION = 1

export interface RuleBook {
  current: { version: number; rules: ScoreRules }
  byVersion: Map<number, ScoreRules>
  /** Locked year → the rule version it was counted with. */
  lockedYears: Map<number, number>
}

/** Every rule version and year lock: what each year's scores are computed with. */
export function loadRuleBook(sqlite: BetterSqlite3.Database): RuleBook {
  const byVersion = new Map<number, ScoreRules>([[FIRST_RULE_VERSION, DEFAULT_SCORE_RULES]])
  for (const r of ruleVersionRows(sqlite))
    byVersion.set(r.version, JSON.parse(r.rules) as ScoreRules)
  const version = Math.max(...byVersion.keys())
  const lockedYears = new Map(yearLockRows(sqlite).map((l) => [l.year, l.rule_version]))
  return { current: { version, rules: byVersion.get(version)! }, byVersion, lockedYears }
}

/** The rule version a suggestion submitted on this date is scored with. */
export function versionFor(book: RuleBook, submittedOn: string): number {
  return book.lockedYears.get(Number(submittedOn.slice(0, 4))) ?? book.current.version
}

export function yearLocks(sqlite: BetterSqlite3.Database): YearLock[] {
  return yearLockRows(sqlite).map((l) => ({
    year: l.year,
    ruleVersion: l.rule_version,
    lockedAt: l.locked_at,
    figures: JSON.parse(l.figures) as YearFigures,
  }))
}
