import { findActivityRow } from '../../../db/repos/activities'
import { livePersons, type SuggestionRow } from '../../../db/repos/suggestions'
import type {
  Adoption,
  Instruction,
  SubmitterInput,
  SuggestionFields,
} from '../../../shared/contract/suggestions'
import { isRealDate } from '../../../shared/dates/calendar'
import {
  suggestionFieldLabels as labels,
  suggestionMessages as msg,
} from '../../../shared/i18n/suggestions'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { usableEntry } from '../activities/activitiesLocalDictionary'
import { SUGGESTION_CHANNELS, SUGGESTION_KINDS } from './dictionaries'

/** A complete suggestion as the form or the CLI gives it. */
export interface SuggestionDraft extends SuggestionFields {
  submitters: SubmitterInput[]
  adoptions: Adoption[]
  instructions: Instruction[]
}

export interface PreparedSubmitter {
  person_id: string | null
  name: string
  employer: string | null
  is_lead: number
}

export interface PreparedSuggestion {
  columns: Omit<SuggestionRow, 'id' | 'site_id' | 'created_at' | 'updated_at' | 'deleted_at'>
  submitters: PreparedSubmitter[]
  adoptions: Adoption[]
  instructions: Instruction[]
}

const bad = (message: string) => new AppError('BAD_INPUT', message)
const orNull = (v: string | null | undefined) => (v ? v : null)

function checkDate(value: string, label: string): string {
  if (!isRealDate(value)) throw bad(msg.badDate(label))
  return value
}

/**
 * Submitters from the register are looked up (name and employer kept as text); one already
 * on this suggestion stays even after leaving the register, as its text.
 */
function prepareSubmitters(
  ctx: HandlerContext,
  list: SubmitterInput[],
  kept: ReadonlyMap<string, PreparedSubmitter>,
): PreparedSubmitter[] {
  const ids = list.flatMap((s) => (s.personId ? [s.personId] : []))
  const persons = livePersons(ctx.sqlite, ids)
  const seen = new Set<string>()
  const out = list.map((s, i): PreparedSubmitter => {
    if (s.personId) {
      const p = persons.get(s.personId) ?? kept.get(s.personId)
      if (!p) throw bad(msg.personMissing(i + 1))
      const name = p.name
      if (seen.has(s.personId)) throw bad(msg.duplicateSubmitter(name))
      seen.add(s.personId)
      return { person_id: s.personId, name, employer: p.employer, is_lead: s.isLead ? 1 : 0 }
    }
    const name = s.name?.trim()
    if (!name) throw bad(msg.coAuthorNameMissing(i + 1))
    return {
      person_id: null,
      name,
      employer: orNull(s.employer?.trim()),
      is_lead: s.isLead ? 1 : 0,
    }
  })
  const leads = out.filter((s) => s.is_lead).length
  if (leads > 1) throw bad(msg.leadCount)
  // Without a lead named, the first submitter leads.
  if (leads === 0) out[0]!.is_lead = 1
  return out
}

/** Checks a complete suggestion and answers its rows; throws naming the first bad field. */
export async function prepareSuggestion(
  ctx: HandlerContext,
  d: SuggestionDraft,
  previous: { kind: string; channel: string | null } | null,
  kept: ReadonlyMap<string, PreparedSubmitter> = new Map(),
): Promise<PreparedSuggestion> {
  if (d.kind !== previous?.kind && !(await usableEntry(ctx, SUGGESTION_KINDS, d.kind)))
    throw bad(msg.kindMissing(d.kind))
  if (
    d.channel &&
    d.channel !== previous?.channel &&
    !(await usableEntry(ctx, SUGGESTION_CHANNELS, d.channel))
  )
    throw bad(msg.channelMissing(d.channel))
  const submittedOn = checkDate(d.submittedOn, labels.submittedOn!)
  const submitters = prepareSubmitters(ctx, d.submitters, kept)
  const adoptions = d.adoptions.map((a, i) => {
    checkDate(a.adoptedOn, `${labels.adoptions} · ${i + 1}`)
    if (a.adoptedOn < submittedOn)
      throw bad(msg.adoptionBeforeSubmission(i + 1, a.adoptedOn, submittedOn))
    return a
  })
  const instructions = d.instructions.map((x, i) => {
    if (!x.leader.trim()) throw bad(msg.instructionLeaderMissing(i + 1))
    checkDate(x.instructedOn, `${labels.instructions} · ${i + 1}`)
    if (x.instructedOn < submittedOn)
      throw bad(msg.instructionBeforeSubmission(i + 1, x.instructedOn, submittedOn))
    return { ...x, leader: x.leader.trim(), content: orNull(x.content) }
  })
  if (d.activityId && !(await findActivityRow(ctx.db, d.activityId))) throw bad(msg.activityMissing)
  return {
    columns: {
      title: d.title,
      kind: d.kind,
      submitted_on: submittedOn,
      channel: orNull(d.channel),
      receiving_body: orNull(d.receivingBody),
      summary: orNull(d.summary),
      full_text: orNull(d.fullText),
      status: d.status,
      outcome: orNull(d.outcome),
      activity_id: orNull(d.activityId),
      remarks: orNull(d.remarks),
    },
    submitters,
    adoptions,
    instructions,
  }
}
