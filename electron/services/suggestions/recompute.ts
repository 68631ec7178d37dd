import type BetterSqlite3 from 'better-sqlite3'
import {
  dropScoresOfDeleted,
  scoreFactRows,
  upsertScores,
  type StoredScore,
} from '../../../db/repos/suggestionScores'
import { scoreOf } from '../../../shared/suggestions/score'
import {
  scoreFactsKey,
  scoreFactsOf,
  type StoredScoreFacts,
} from '../../../shared/suggestions/scoreFactsKey'
import { splitLines, suggestionSearchDocuments } from '../../../shared/suggestions/searchDocuments'
import { loadRuleBook, versionFor, type RuleBook } from './rules'

/** What facts score under the rules of a date's year (a locked year keeps its version). */
export function scoreWith(
  book: RuleBook,
  f: StoredScoreFacts,
  submittedOn: string,
): { version: number; score: number; share: number } {
  const version = versionFor(book, submittedOn)
  return { version, ...scoreOf(scoreFactsOf(f), book.byVersion.get(version)!) }
}

/**
 * Scores every live suggestion (or the ones named) and stores what changed, with its facts
 * and the documents the search indexes hold; a suggestion deleted meanwhile loses its row.
 * Answers how many scores changed.
 */
export function recomputeScores(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[] | null = null,
): number {
  const book = loadRuleBook(sqlite)
  const writes: StoredScore[] = []
  let changed = 0
  for (const f of scoreFactRows(sqlite, ids)) {
    const { version, score, share } = scoreWith(book, f, f.submitted_on)
    const facts = scoreFactsKey(f)
    const docs = suggestionSearchDocuments(
      f.title,
      splitLines(f.names),
      splitLines(f.employer_lines),
    )
    const scoreChanged = f.score !== score || f.share !== share
    const rowChanged =
      f.stored_text !== docs.search_text ||
      f.stored_employers !== docs.employers ||
      f.stored_submitted_on !== f.submitted_on ||
      f.stored_facts !== facts
    if (!scoreChanged && !rowChanged) continue
    if (f.score !== null && scoreChanged) changed++
    writes.push({
      suggestion_id: f.id,
      rule_version: version,
      score,
      share,
      submitted_on: f.submitted_on,
      facts,
      ...docs,
    })
  }
  upsertScores(sqlite, writes)
  dropScoresOfDeleted(sqlite, ids)
  return changed
}
