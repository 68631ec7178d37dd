import { insertRuleVersion, insertYearLock } from '../../../db/repos/suggestionScores'
import { SUGGESTION_LEVELS, type ScoreRules } from '../../../shared/contract/suggestions'
import {
  ruleFieldLabels,
  suggestionAuditText as audit,
  suggestionLevelNames,
  suggestionMessages as msg,
} from '../../../shared/i18n/suggestions'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { rescoreAll } from '../../services/suggestions/rescore'
import { loadRuleBook, yearLocks } from '../../services/suggestions/rules'
import { dictionaryEntries } from '../activities/activitiesLocalDictionary'
import { SUGGESTION_CHANNELS, SUGGESTION_KINDS } from './dictionaries'
import { yearFigures } from './read'

/** Names the first negative points (or a multiplier below 1) by the field people see. */
async function checkRules(ctx: HandlerContext, rules: ScoreRules): Promise<void> {
  const names = async (dict: typeof SUGGESTION_KINDS) =>
    new Map((await dictionaryEntries(ctx, dict)).map((e) => [e.code, e.name]))
  const kinds = await names(SUGGESTION_KINDS)
  const channels = await names(SUGGESTION_CHANNELS)
  const negative = (label: string, v: number) => {
    if (v < 0) throw new AppError('BAD_INPUT', msg.negativePoints(label))
  }
  for (const [code, v] of Object.entries(rules.kindPoints))
    negative(ruleFieldLabels.kindPoints(kinds.get(code) ?? code), v)
  for (const [code, v] of Object.entries(rules.channelPoints))
    negative(ruleFieldLabels.channelPoints(channels.get(code) ?? code), v)
  for (const level of SUGGESTION_LEVELS) {
    const name = suggestionLevelNames[level]!
    negative(ruleFieldLabels.adoptionPoints(name), rules.adoptionPoints[level])
    negative(ruleFieldLabels.instructionBonus(name), rules.instructionBonus[level])
    if (rules.instructionMultiplier[level] < 1)
      throw new AppError(
        'BAD_INPUT',
        msg.multiplierBelowOne(ruleFieldLabels.instructionMultiplier(name)),
      )
  }
}

export const suggestionRulesHandlers: DomainHandlers<
  'suggestions.rules' | 'suggestions.saveRules' | 'suggestions.lockYear'
> = {
  'suggestions.rules': (ctx) => {
    const book = loadRuleBook(ctx.sqlite)
    return { ...book.current, lockedYears: yearLocks(ctx.sqlite) }
  },

  'suggestions.saveRules': async (ctx, { rules }) => {
    await checkRules(ctx, rules)
    const version = loadRuleBook(ctx.sqlite).current.version + 1
    insertRuleVersion(ctx.sqlite, {
      version,
      rules: JSON.stringify(rules),
      created_at: ctx.clock.nowIso(),
      created_by: currentUser(ctx).username,
    })
    const changed = rescoreAll(ctx.sqlite)
    ctx.note({
      objectType: 'suggestion_rules',
      objectId: String(version),
      detail: audit.rulesSaved(version, changed),
    })
    return { version, changed }
  },

  'suggestions.lockYear': (ctx, { year }) => {
    if (yearLocks(ctx.sqlite).some((l) => l.year === year))
      throw new AppError('CONFLICT', msg.yearLocked(year))
    // Scores are stored as they stand, so the figures are the ones the rules in force give.
    rescoreAll(ctx.sqlite)
    const version = loadRuleBook(ctx.sqlite).current.version
    const figures = yearFigures(ctx, year)
    const lockedAt = ctx.clock.nowIso()
    insertYearLock(ctx.sqlite, {
      year,
      rule_version: version,
      figures: JSON.stringify(figures),
      locked_at: lockedAt,
      locked_by: currentUser(ctx).username,
    })
    ctx.note({
      objectType: 'suggestion_rules',
      objectId: String(year),
      detail: audit.yearLocked(year, version),
    })
    return { year, ruleVersion: version, lockedAt, figures }
  },
}
