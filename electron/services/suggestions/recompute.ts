import type BetterSqlite3 from 'better-sqlite3'
import { scoreFactRows, upsertScores, type StoredScore } from '../../../db/repos/suggestionScores'
import type { SuggestionLevel } from '../../../shared/contract/suggestions'
import { scoreOf } from '../../../shared/suggestions/score'
import { loadRuleBook, versionFor } from './rules'

const levels = (csv: string | null) => (csv ? (csv.split(',') as SuggestionLevel[]) : [])

/**
 * Scores every live suggestion (or the ones named) with the rules of its year — a locked
 * year keeps its version — and stores what changed, with the text a search looks in. Answers how many scores changed.
 */
export function recomputeScores(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[] | null = null,
): number {
  const book = loadRuleBook(sqlite)
  const writes: StoredScore[] = []
  let changed = 0
  for (const f of scoreFactRows(sqlite, ids)) {
    const version = versionFor(book, f.submitted_on)
    const { score, share } = scoreOf(
      {
        kind: f.kind,
        channel: f.channel,
        adoptionLevels: levels(f.adoption_levels),
        instructionLevels: levels(f.instruction_levels),
        authorCount: f.authors,
      },
      book.byVersion.get(version)!,
    )
    const scoreChanged = f.score !== score || f.share !== share
    if (!scoreChanged && f.rule_version === version && f.stored_text === f.search_text) continue
    if (f.score !== null && scoreChanged) changed++
    writes.push({
      suggestion_id: f.id,
      rule_version: version,
      score,
      share,
      search_text: f.search_text,
    })
  }
  upsertScores(sqlite, writes)
  return changed
}
