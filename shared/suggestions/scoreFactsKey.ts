import { SUGGESTION_LEVELS, type SuggestionLevel } from '../contract/suggestions'
import type { ScoreFacts } from './score'

/** The facts of a score as stored in SQL: levels as counts per level (`0,1,0,0`). */
export interface StoredScoreFacts {
  kind: string
  channel: string | null
  adoption_levels: string | null
  instruction_levels: string | null
  authors: number
}

const SEP = '\u001f'

/** The levels of a counts text, each as many times as it was counted. */
function levels(counts: string | null): SuggestionLevel[] {
  if (!counts) return []
  return counts
    .split(',')
    .flatMap((n, i) => Array<SuggestionLevel>(Number(n)).fill(SUGGESTION_LEVELS[i]!))
}

export function scoreFactsOf(f: StoredScoreFacts): ScoreFacts {
  return {
    kind: f.kind,
    channel: f.channel,
    adoptionLevels: levels(f.adoption_levels),
    instructionLevels: levels(f.instruction_levels),
    authorCount: f.authors,
  }
}

/** One text for equal facts, kept with the score: a rule change groups by it. */
export function scoreFactsKey(f: StoredScoreFacts): string {
  return [
    f.kind,
    f.channel ?? '',
    f.adoption_levels ?? '',
    f.instruction_levels ?? '',
    f.authors,
  ].join(SEP)
}

export function parseScoreFactsKey(key: string): StoredScoreFacts {
  const [kind, channel, adoption, instruction, authors] = key.split(SEP) as [
    string,
    string,
    string,
    string,
    string,
  ]
  return {
    kind,
    channel: channel || null,
    adoption_levels: adoption || null,
    instruction_levels: instruction || null,
    authors: Number(authors),
  }
}
