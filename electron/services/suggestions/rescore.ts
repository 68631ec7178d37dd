import type BetterSqlite3 from 'better-sqlite3'
import { ScoreSignatures } from '../../../db/repos/suggestionRescore'
import { parseScoreFactsKey } from '../../../shared/suggestions/scoreFactsKey'
import { recomputeScores, scoreWith } from './recompute'
import { loadRuleBook } from './rules'

/**
 * After a rule change or a year lock: every live suggestion scored with the rules of its
 * year from the facts stored with its score (every write keeps them current), each distinct
 * set of facts scored once, only changed rows written. Answers how many scores changed.
 */
export function rescoreAll(sqlite: BetterSqlite3.Database): number {
  const signatures = new ScoreSignatures(sqlite)
  try {
    const unscored = signatures.unscored()
    // Their scores are computed with the new rules right here, so they count as changed.
    const longWay = unscored.length ? recomputeScores(sqlite, unscored) : 0
    const book = loadRuleBook(sqlite)
    const scores = signatures.distinct().map((g) => {
      const { version, score, share } = scoreWith(
        book,
        parseScoreFactsKey(g.facts),
        `${g.year}-01-01`,
      )
      return { ...g, rule_version: version, score, share }
    })
    return longWay + signatures.apply(scores)
  } finally {
    signatures.dispose()
  }
}
