import type { NamedPerson, StoredLedgerKey } from '../../../../db/repos/suggestionImport'
import type { LocalDictionaryEntry } from '../../../../shared/contract/localDictionary'
import type {
  LedgerRowProblem,
  LedgerRowReport,
  LedgerSubmitter,
} from '../../../../shared/contract/suggestionImport'
import type {
  Adoption,
  Instruction,
  ScoreRules,
  SuggestionFields,
} from '../../../../shared/contract/suggestions'
import { normalizeDate } from '../../../../shared/dates/normalizeDate'
import { ledgerFieldLabels, ledgerRowText as msg } from '../../../../shared/i18n/suggestionImport'
import {
  adoptionHowNames,
  suggestionLedgerText,
  suggestionLevelNames,
} from '../../../../shared/i18n/suggestions'
import { columnLetter } from '../../../../shared/import/columnLetter'
import { cellText, type RawCell } from '../../../../shared/import/rawCell'
import {
  readAdoptions,
  readInstructions,
  splitEmployers,
  splitSubmitters,
} from '../../../../shared/suggestions/ledgerImport/ledgerCells'
import type { LedgerField } from '../../../../shared/suggestions/ledgerImport/ledgerFields'
import { scoreOf } from '../../../../shared/suggestions/score'
import { compactText } from '../../../../shared/text/halfWidth'
import type { LedgerDataRow } from './readLedgerFile'

/** A row to create: the suggestion as the form gives it, submitters as matched. */
export interface LedgerDraft extends SuggestionFields {
  submitters: LedgerSubmitter[]
  adoptions: Adoption[]
  instructions: Instruction[]
}

export interface DecidedLedgerRow {
  report: LedgerRowReport
  /** Rows to create only. */
  draft: LedgerDraft | null
}

export interface LedgerFacts {
  kinds: readonly LocalDictionaryEntry[]
  channels: readonly LocalDictionaryEntry[]
  personsByName: ReadonlyMap<string, readonly NamedPerson[]>
  stored: readonly StoredLedgerKey[]
  /** The rules a suggestion of that date is scored with. */
  rulesFor(submittedOn: string): ScoreRules
}

const MAX_SUBMITTERS = 50
const TEXT_LIMITS = { receivingBody: 100, summary: 2000, outcome: 5000, remarks: 1000 } as const

/** Title, date and first submitter: what makes two rows (or a row and a record) the same. */
export function ledgerKey(title: string, submittedOn: string, firstSubmitter: string): string {
  return `${compactText(title)}|${submittedOn}|${compactText(firstSubmitter)}`
}

/** The entry a cell names: by name or code, else the one entry whose name it contains or is in. */
export function entryNamed(
  entries: readonly LocalDictionaryEntry[],
  text: string,
): LocalDictionaryEntry | null {
  const t = compactText(text)
  const usable = entries.filter((e) => !e.disabled)
  const exact = usable.find((e) => compactText(e.name) === t || e.code === t)
  if (exact) return exact
  const near = usable.filter(
    (e) => t.includes(compactText(e.name)) || compactText(e.name).includes(t),
  )
  return near.length === 1 ? near[0]! : null
}

const sameEmployer = (a: string | null, b: string | null) =>
  !!a && !!b && compactText(a) === compactText(b)

/** Name + employer: one person → linked; otherwise the candidates, never a guess. */
export function matchSubmitter(
  name: string,
  employer: string | null,
  isLead: boolean,
  persons: readonly NamedPerson[],
): LedgerSubmitter {
  const candidates = persons.map((p) => ({ personId: p.id, name: p.name, employer: p.employer }))
  const base = { name, employer, isLead, candidates }
  const same = persons.filter((p) => sameEmployer(p.employer, employer))
  if (same.length === 1) return { ...base, state: 'linked', personId: same[0]!.id }
  if (persons.length === 0) return { ...base, state: 'none', personId: null }
  if (persons.length === 1) return { ...base, state: 'employerDiffers', personId: null }
  return { ...base, state: 'ambiguous', personId: null }
}

/**
 * Decides every data row of a ledger: read into a suggestion (dictionary codes, levels, the
 * date), checked, matched with the register, and compared with the suggestions kept and the
 * rows above it. Pure: the caller brings what it reads from the database.
 */
export function decideLedgerRows(
  rows: readonly LedgerDataRow[],
  facts: LedgerFacts,
): DecidedLedgerRow[] {
  const stored = new Map(
    facts.stored.map((s) => [ledgerKey(s.title, s.submittedOn, s.firstSubmitter ?? ''), s]),
  )
  const earlier = new Map<string, number>()
  return rows.map((r) => {
    const decided = decideRow(r, facts)
    const { report, draft } = decided
    if (!draft) return decided
    const key = ledgerKey(draft.title, draft.submittedOn, draft.submitters[0]!.name)
    const kept = stored.get(key)
    const first = earlier.get(key)
    const note = (message: string): LedgerRowProblem => ({
      column: null,
      fieldLabel: null,
      message,
    })
    if (kept) {
      report.status = 'duplicate'
      report.problems.unshift(note(msg.duplicateStored(kept.title, kept.submittedOn)))
      return { report, draft: null }
    }
    if (first !== undefined) {
      report.status = 'repeated'
      report.problems.unshift(note(msg.repeatedInFile(first)))
      return { report, draft: null }
    }
    earlier.set(key, r.row)
    return decided
  })
}

function decideRow(r: LedgerDataRow, facts: LedgerFacts): DecidedLedgerRow {
  const columnOf = new Map(r.header.mapped.map((m) => [m.field, m.index]))
  const raw = (field: LedgerField): RawCell => {
    const i = columnOf.get(field)
    return i === undefined ? null : (r.cells[i] ?? null)
  }
  const text = (field: LedgerField) => cellText(raw(field)).replace(/\s+/g, ' ').trim()
  const errors: LedgerRowProblem[] = []
  const notes: LedgerRowProblem[] = []
  const fault = (field: LedgerField, message: string) => {
    const i = columnOf.get(field)
    errors.push({
      column: i === undefined ? null : columnLetter(i),
      fieldLabel: ledgerFieldLabels[field],
      message,
    })
  }

  const title = text('title')
  if (!title) fault('title', msg.titleMissing)
  else if (title.length > 200) fault('title', msg.titleTooLong(title.length))

  const date = normalizeDate(raw('submittedOn'))
  const shownDate = text('submittedOn')
  let submittedOn: string | null = null
  if (!shownDate) fault('submittedOn', msg.dateMissing)
  else if (!date.value) fault('submittedOn', msg.badDate(shownDate))
  else if (date.precision !== 'day') fault('submittedOn', msg.partialDate(shownDate))
  else submittedOn = date.value

  const kindText = text('kind')
  const kind = kindText ? entryNamed(facts.kinds, kindText) : null
  if (!kindText) fault('kind', msg.kindMissing)
  else if (!kind) fault('kind', msg.unknownKind(kindText))

  const channelText = text('channel')
  const channel = channelText ? entryNamed(facts.channels, channelText) : null
  if (channelText && !channel) fault('channel', msg.unknownChannel(channelText))

  const named = splitSubmitters(cellText(raw('submitters')))
  if (!named.length) fault('submitters', msg.submittersMissing)
  else if (named.length > MAX_SUBMITTERS) fault('submitters', msg.tooManySubmitters(named.length))
  const employers = splitEmployers(cellText(raw('employer')))
  const employerOf = (i: number) =>
    employers.length === named.length
      ? employers[i]!
      : employers.length === 1
        ? employers[0]!
        : null
  const submitters = named.map((s, i) =>
    matchSubmitter(s.name, employerOf(i), s.isLead, facts.personsByName.get(s.name) ?? []),
  )

  const adoptionReading = readAdoptions(cellText(raw('adoptions')))
  if (!adoptionReading.ok) fault('adoptions', msg.adoptionLevel(adoptionReading.part))
  const instructionReading = readInstructions(cellText(raw('instructions')))
  if (!instructionReading.ok) fault('instructions', msg.instructionLevel(instructionReading.part))

  const optional = (field: keyof typeof TEXT_LIMITS) => {
    const v = field === 'receivingBody' ? text(field) : cellText(raw(field)).trim()
    if (v.length > TEXT_LIMITS[field])
      fault(field, msg.textTooLong(ledgerFieldLabels[field], TEXT_LIMITS[field]))
    return v || null
  }
  const receivingBody = optional('receivingBody')
  const summary = optional('summary')
  const outcome = optional('outcome')
  const remarks = optional('remarks')

  const on = submittedOn ?? ''
  const adoptions: Adoption[] = adoptionReading.ok
    ? adoptionReading.adoptions.map((a) => ({ ...a, adoptedOn: on }))
    : []
  const instructions: Instruction[] = instructionReading.ok
    ? instructionReading.instructions.map((x) => ({ ...x, instructedOn: on, content: null }))
    : []
  const level = (code: string) => suggestionLevelNames[code] ?? code
  const report: LedgerRowReport = {
    sheet: r.sheet,
    row: r.row,
    status: 'rejected',
    title,
    submittedOn,
    kindName: kind?.name ?? (kindText || null),
    channelName: channel?.name ?? (channelText || null),
    submitters,
    adoptions: adoptions
      .map((a) => suggestionLedgerText.adoption(a.body, level(a.level), adoptionHowNames[a.how]!))
      .join('；'),
    instructions: instructions
      .map((x) => suggestionLedgerText.instruction(x.leader, level(x.level)))
      .join('；'),
    score: null,
    problems: errors,
  }
  if (errors.length || !submittedOn || !kind) return { report, draft: null }

  const { score } = scoreOf(
    {
      kind: kind.code,
      channel: channel?.code ?? null,
      adoptionLevels: adoptions.map((a) => a.level),
      instructionLevels: instructions.map((x) => x.level),
      authorCount: submitters.length,
    },
    facts.rulesFor(submittedOn),
  )
  const fileScore = text('score')
  if (fileScore && Number(fileScore) !== score)
    notes.push({
      column: columnLetter(columnOf.get('score')!),
      fieldLabel: ledgerFieldLabels.score,
      message: msg.scoreIgnored(fileScore, score),
    })
  report.status = 'create'
  report.score = score
  report.problems = notes
  return {
    report,
    draft: {
      title,
      kind: kind.code,
      submittedOn,
      channel: channel?.code ?? null,
      receivingBody,
      summary,
      fullText: null,
      status: adoptionReading.ok ? adoptionReading.status : 'submitted',
      outcome,
      activityId: null,
      remarks,
      submitters,
      adoptions,
      instructions,
    },
  }
}
