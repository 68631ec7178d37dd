import { findActivityRow } from '../../../db/repos/activities'
import { attachmentsOf } from '../../../db/repos/attachments'
import { listSuggestionRows } from '../../../db/repos/suggestionList'
import {
  employerScoreRows,
  personScoreRows,
  yearFigureRow,
} from '../../../db/repos/suggestionScores'
import { suggestionIdsOfPerson, suggestionRowsByIds } from '../../../db/repos/suggestions'
import type { YearFigures } from '../../../shared/contract/suggestions'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { toAttachment } from '../../services/attachments/attachedFiles'
import { yearLocks } from '../../services/suggestions/rules'
import { scoredRow, toSuggestions } from './shared'

/** The upward indicators of a year (or of every year): counted from the rows as they are. */
export function yearFigures(ctx: HandlerContext, year: number | null): YearFigures {
  const f = yearFigureRow(ctx.sqlite, year)
  return {
    submitted: f.submitted,
    adopted: f.adopted,
    adoptedByLevel: { county: f.county, city: f.city, province: f.province, national: f.national },
    withInstruction: f.with_instruction,
    points: f.points,
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100

export const suggestionReadHandlers: DomainHandlers<
  'suggestions.list' | 'suggestions.get' | 'suggestions.ofPerson' | 'suggestions.scores'
> = {
  'suggestions.list': async (ctx, { page, pageSize, ...filter }) => {
    const { total, rows } = listSuggestionRows(ctx.sqlite, filter, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    })
    return { total, page, pageSize, items: await toSuggestions(ctx, rows) }
  },

  'suggestions.get': async (ctx, { id }) => {
    const [s] = await toSuggestions(ctx, [scoredRow(ctx, id)])
    const activity = s!.activityId ? await findActivityRow(ctx.db, s!.activityId) : undefined
    const files = await attachmentsOf(ctx.db, 'suggestion', id)
    return { ...s!, activityTitle: activity?.title ?? null, attachments: files.map(toAttachment) }
  },

  'suggestions.ofPerson': async (ctx, { personId }) => {
    const ids = suggestionIdsOfPerson(ctx.sqlite, personId)
    const rows = suggestionRowsByIds(ctx.sqlite, ids).map((r) => scoredRow(ctx, r.id))
    const items = (await toSuggestions(ctx, rows)).map((s) => ({ ...s, personShare: s.share }))
    return {
      count: items.length,
      score: round2(items.reduce((sum, s) => sum + s.personShare, 0)),
      items,
    }
  },

  'suggestions.scores': (ctx, { year }) => {
    const y = year ?? null
    return {
      year: y,
      persons: personScoreRows(ctx.sqlite, y).map((r) => ({
        personId: r.person_id,
        name: r.name,
        employer: r.employer,
        count: r.count,
        score: r.score,
      })),
      organizations: employerScoreRows(ctx.sqlite, y),
      figures: yearFigures(ctx, y),
      locked: yearLocks(ctx.sqlite).find((l) => l.year === y) ?? null,
    }
  },
}
