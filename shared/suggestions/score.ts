import { SUGGESTION_LEVELS, type ScoreRules, type SuggestionLevel } from '../contract/suggestions'

/** What a score depends on; nothing else of a suggestion counts. */
export interface ScoreFacts {
  kind: string
  channel: string | null
  adoptionLevels: readonly SuggestionLevel[]
  instructionLevels: readonly SuggestionLevel[]
  /** Everyone named as a submitter, in the register or not. */
  authorCount: number
}

/**
 * DOMAIN.md's example: 5 for the association's own bulletin, 10 for a city adoption, 30 for
 * the province, doubled when a leader writes an instruction.
 */
export const DEFAULT_SCORE_RULES: ScoreRules = {
  kindPoints: { '01': 0, '02': 0, '03': 0, '04': 0 },
  channelPoints: { '01': 5, '02': 5, '03': 0, '04': 0, '05': 0 },
  adoptionPoints: { county: 5, city: 10, province: 30, national: 50 },
  adoptionCounting: 'highest',
  instructionMultiplier: { county: 2, city: 2, province: 2, national: 2 },
  instructionBonus: { county: 0, city: 0, province: 0, national: 0 },
  share: 'equal',
}

// Points are added in whole hundredths: float sums would depend on the order of adoptions.
const cents = (points: number) => Math.round(points * 100)
const rank = (level: SuggestionLevel) => SUGGESTION_LEVELS.indexOf(level)

function highest(levels: readonly SuggestionLevel[]): SuggestionLevel | null {
  let best: SuggestionLevel | null = null
  for (const l of levels) if (best === null || rank(l) > rank(best)) best = l
  return best
}

function adoptionCents(levels: readonly SuggestionLevel[], rules: ScoreRules): number {
  if (rules.adoptionCounting === 'sum')
    return levels.reduce((sum, l) => sum + cents(rules.adoptionPoints[l]), 0)
  const top = highest(levels)
  return top ? cents(rules.adoptionPoints[top]) : 0
}

/** The suggestion's points, and what each submitter gets of them. */
export function scoreOf(facts: ScoreFacts, rules: ScoreRules): { score: number; share: number } {
  const base =
    cents(rules.kindPoints[facts.kind] ?? 0) +
    (facts.channel ? cents(rules.channelPoints[facts.channel] ?? 0) : 0) +
    adoptionCents(facts.adoptionLevels, rules)
  let multiplier = 1
  let bonus = 0
  for (const l of facts.instructionLevels) {
    multiplier = Math.max(multiplier, rules.instructionMultiplier[l])
    bonus = Math.max(bonus, cents(rules.instructionBonus[l]))
  }
  const total = Math.round(base * multiplier) + bonus
  const authors = Math.max(1, facts.authorCount)
  const share = rules.share === 'equal' ? Math.round(total / authors) : total
  return { score: total / 100, share: share / 100 }
}
