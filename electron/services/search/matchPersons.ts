import type BetterSqlite3 from 'better-sqlite3'
import { reversed } from '../../../shared/persons/searchKeys'
import { ftsPhrase, parseQuery, prefixEnd, type ParsedQuery } from './parseQuery'
import { searchStatements, type SearchStatements } from './statements'

/** Relevance tiers: the exact name (or number), then names starting with it, then the rest. */
export const TIER_EXACT = 0
export const TIER_PREFIX = 1
export const TIER_OTHER = 2

/** The best matches, best tier first; within a tier in index order; no rid twice. */
export interface RankedMatches {
  rids: number[]
  tiers: number[]
}

/**
 * Every match, as the index answers found them: a rid may appear in several groups (the
 * list index keeps its best tier). Tens of thousands of rids for a common character, so
 * no de-duplication and no copying here. `prefixChar`: those of the group's rids whose name
 * starts with this code point rank as TIER_PREFIX (the list index knows each name's first
 * character, so a one-character search needs no query of its own for them).
 */
export type MatchGroups = { tier: number; rids: number[]; prefixChar?: number }[]

/** Phone and ID tails are searched from this many digits on (fewer match half the county). */
export const MIN_TAIL = 4

/** `covered`: another step returns a superset of these rows; only needed for ranking. */
type Step = {
  tier: number
  run: (s: SearchStatements, limit: number) => number[]
  covered?: boolean
  /** The step finds the names starting with this character, which the list index knows. */
  startsWith?: number
}

/** One Han character: every name starting with it holds it as a token of the chars index. */
const ONE_HAN = /^\p{Script=Han}$/u

/**
 * Which index answers which part of a query, in rank order. Short texts go to the
 * single-character index (trigrams find nothing below 3 characters), longer ones to the
 * trigram index; Latin letters to the pinyin columns; digits to the reversed phone and ID
 * columns, where a tail is an index prefix.
 */
function plan(q: ParsedQuery): Step[] {
  switch (q.kind) {
    case 'empty':
      return []
    case 'text': {
      const t = q.text
      const fts: Step =
        q.chars.length >= 3
          ? { tier: TIER_OTHER, run: (s, n) => s.trigram.all(ftsPhrase(t), n) }
          : { tier: TIER_OTHER, run: (s, n) => s.chars.all(ftsPhrase(q.chars.join(' ')), n) }
      // The FTS step finds every name containing the text, exact and prefix ones included.
      return [
        { tier: TIER_EXACT, run: (s, n) => s.nameExact.all(t, n), covered: true },
        {
          tier: TIER_PREFIX,
          run: (s, n) => s.namePrefix.all(t, prefixEnd(t), n),
          covered: true,
          ...(ONE_HAN.test(t) && { startsWith: t.codePointAt(0)! }),
        },
        fts,
      ]
    }
    case 'pinyin': {
      const t = q.text
      const steps: Step[] = [
        { tier: TIER_EXACT, run: (s, n) => s.initialsExact.all(t, n) },
        { tier: TIER_EXACT, run: (s, n) => s.pinyinExact.all(t, n) },
        { tier: TIER_PREFIX, run: (s, n) => s.initialsPrefix.all(t, prefixEnd(t), n) },
      ]
      // One letter: every spelling starting with it has initials starting with it too.
      if (t.length > 1)
        steps.push({ tier: TIER_PREFIX, run: (s, n) => s.pinyinPrefix.all(t, prefixEnd(t), n) })
      if (t.length >= 3)
        steps.push({ tier: TIER_OTHER, run: (s, n) => s.trigram.all(ftsPhrase(t), n) })
      return steps
    }
    case 'digits': {
      const rev = reversed(q.text)!
      const steps: Step[] = [
        { tier: TIER_EXACT, run: (s, n) => s.phoneExact.all(rev, n) },
        { tier: TIER_EXACT, run: (s, n) => s.idExact.all(rev, n) },
      ]
      if (q.text.length >= MIN_TAIL) {
        steps.push({ tier: TIER_PREFIX, run: (s, n) => s.phoneTail.all(rev, prefixEnd(rev), n) })
        steps.push({ tier: TIER_PREFIX, run: (s, n) => s.idTail.all(rev, prefixEnd(rev), n) })
      }
      if (q.text.length >= 3)
        steps.push({ tier: TIER_OTHER, run: (s, n) => s.trigram.all(ftsPhrase(q.text), n) })
      return steps
    }
  }
}

/**
 * The best live persons for a search text, ranked, at most `limit`. Each index is asked only
 * for what is still missing, so a one-character query on a million names stays cheap.
 */
export function rankPersons(
  sqlite: BetterSqlite3.Database,
  query: string | ParsedQuery,
  limit: number,
): RankedMatches {
  const parsed = typeof query === 'string' ? parseQuery(query) : query
  const s = searchStatements(sqlite)
  const seen = new Set<number>()
  const rids: number[] = []
  const tiers: number[] = []
  for (const step of plan(parsed)) {
    if (rids.length >= limit) break
    // Asking each index for the full limit covers rows that earlier tiers already returned.
    for (const rid of step.run(s, limit)) {
      if (seen.has(rid)) continue
      seen.add(rid)
      rids.push(rid)
      tiers.push(step.tier)
      if (rids.length >= limit) break
    }
  }
  return { rids, tiers }
}

/**
 * Every live person matching a search text, for the list. Without `ranked`, steps whose rows
 * another step also returns are skipped: membership is all a sorted list needs.
 */
export function matchAllPersons(
  sqlite: BetterSqlite3.Database,
  query: string | ParsedQuery,
  ranked: boolean,
): MatchGroups {
  const parsed = typeof query === 'string' ? parseQuery(query) : query
  const s = searchStatements(sqlite)
  const steps = plan(parsed).filter((step) => ranked || !step.covered)
  // A step the list index can answer from first characters is left to it: at a province
  // it is a second query of 40,000 rows for a common surname, all of them found by the last.
  const startsWith = steps.find((step) => step.startsWith !== undefined)?.startsWith
  return steps
    .filter((step) => step.startsWith === undefined)
    .map((step, i, kept) => ({
      tier: step.tier,
      rids: step.run(s, -1),
      ...(startsWith !== undefined && i === kept.length - 1 && { prefixChar: startsWith }),
    }))
}
