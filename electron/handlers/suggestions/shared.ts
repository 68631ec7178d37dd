import { scoredSuggestionRow, type ScoredSuggestionRow } from '../../../db/repos/suggestionList'
import {
  childRowsOf,
  findSuggestionRow,
  livePersons,
  type AdoptionRow,
  type InstructionRow,
  type SubmitterRow,
  type SuggestionRow,
} from '../../../db/repos/suggestions'
import type {
  AdoptionHow,
  Suggestion,
  SuggestionFields,
  SuggestionLevel,
  SuggestionStatus,
} from '../../../shared/contract/suggestions'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { dictionaryEntries } from '../activities/activitiesLocalDictionary'
import { assertOwnedRow } from '../units/ownership'
import { rowOwners } from '../units/rowOwner'
import { SUGGESTION_CHANNELS, SUGGESTION_KINDS } from './dictionaries'
import type { SuggestionDraft } from './prepare'
import { loadRuleBook, versionFor } from '../../services/suggestions/rules'

export function suggestionFields(row: SuggestionRow): SuggestionFields {
  return {
    title: row.title,
    kind: row.kind,
    submittedOn: row.submitted_on,
    channel: row.channel,
    receivingBody: row.receiving_body,
    summary: row.summary,
    fullText: row.full_text,
    status: row.status as SuggestionStatus,
    outcome: row.outcome,
    activityId: row.activity_id,
    remarks: row.remarks,
  }
}

export interface SuggestionChildren {
  submitters: SubmitterRow[]
  adoptions: AdoptionRow[]
  instructions: InstructionRow[]
}

export function childrenOf(ctx: HandlerContext, ids: readonly string[]) {
  const submitters = childRowsOf<SubmitterRow>(ctx.sqlite, 'suggestion_submitters', ids)
  const adoptions = childRowsOf<AdoptionRow>(ctx.sqlite, 'suggestion_adoptions', ids)
  const instructions = childRowsOf<InstructionRow>(ctx.sqlite, 'suggestion_instructions', ids)
  return (id: string): SuggestionChildren => ({
    submitters: submitters.get(id) ?? [],
    adoptions: adoptions.get(id) ?? [],
    instructions: instructions.get(id) ?? [],
  })
}

/** The draft the stored rows make: an update merges its patch into this. */
export function draftOf(row: SuggestionRow, c: SuggestionChildren): SuggestionDraft {
  return {
    ...suggestionFields(row),
    submitters: c.submitters.map((s) => ({
      personId: s.person_id,
      name: s.name,
      employer: s.employer,
      isLead: s.is_lead === 1,
    })),
    adoptions: c.adoptions.map((a) => ({
      body: a.body,
      level: a.level as SuggestionLevel,
      adoptedOn: a.adopted_on,
      how: a.how as AdoptionHow,
    })),
    instructions: c.instructions.map((i) => ({
      leader: i.leader,
      level: i.level as SuggestionLevel,
      instructedOn: i.instructed_on,
      content: i.content,
    })),
  }
}

/** Rows as the contract answers them, with dictionary names, submitters and scores. */
export async function toSuggestions(
  ctx: HandlerContext,
  rows: readonly ScoredSuggestionRow[],
): Promise<Suggestion[]> {
  const kinds = new Map(
    (await dictionaryEntries(ctx, SUGGESTION_KINDS)).map((e) => [e.code, e.name]),
  )
  const channels = new Map(
    (await dictionaryEntries(ctx, SUGGESTION_CHANNELS)).map((e) => [e.code, e.name]),
  )
  const children = childrenOf(
    ctx,
    rows.map((r) => r.id),
  )
  const personIds = rows.flatMap((r) =>
    children(r.id).submitters.flatMap((s) => (s.person_id ? [s.person_id] : [])),
  )
  const live = livePersons(ctx.sqlite, personIds)
  const ownerOf = await rowOwners(ctx)
  // Every stored score is current, so its version is the one in force for its year; the
  // stored column only says which version last changed the score.
  const book = loadRuleBook(ctx.sqlite)
  return rows.map((r) => {
    const c = children(r.id)
    const draft = draftOf(r, c)
    return {
      ...suggestionFields(r),
      id: r.id,
      siteId: r.site_id,
      ...ownerOf(r.site_id),
      version: r.updated_at,
      kindName: kinds.get(r.kind) ?? r.kind,
      channelName: r.channel ? (channels.get(r.channel) ?? r.channel) : null,
      submitters: c.submitters.map((s) => ({
        personId: s.person_id,
        name: s.name,
        employer: s.employer,
        isLead: s.is_lead === 1,
        inRegister: s.person_id !== null && live.has(s.person_id),
      })),
      adoptions: draft.adoptions,
      instructions: draft.instructions,
      score: r.score ?? 0,
      share: r.share ?? 0,
      ruleVersion: r.score === null ? 0 : versionFor(book, r.submitted_on),
    }
  })
}

/** A live suggestion with its stored score. */
export function scoredRow(ctx: HandlerContext, id: string): ScoredSuggestionRow {
  const row = scoredSuggestionRow(ctx.sqlite, id)
  if (!row) throw new AppError('NOT_FOUND')
  return row
}

/** A live suggestion this unit owns: only the owner edits it. */
export async function ownedSuggestion(ctx: HandlerContext, id: string): Promise<SuggestionRow> {
  const row = findSuggestionRow(ctx.sqlite, id)
  if (!row) throw new AppError('NOT_FOUND')
  await assertOwnedRow(ctx, row.site_id, 'suggestions')
  return row
}
