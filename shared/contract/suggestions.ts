import { z } from 'zod'
import type { SuggestionLedger } from '../documents/suggestionLedger'
import { attachmentUploadShape, type Attachment, type AttachmentContent } from './attachments'
import type { ExportResult } from './exports'
import { idField, pageField, pageSizeField, regionCodeField } from './fields'
import { localDictionaryCode, localDictionaryProcedures } from './localDictionary'
import { procedure } from './procedure'

export type { SuggestionLedger }

export const SUGGESTION_STATUSES = [
  'submitted',
  'adopted',
  'rejected',
  'in_progress',
  'done',
] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]
/** Lowest first: the order matters where the highest level counts. */
export const SUGGESTION_LEVELS = ['county', 'city', 'province', 'national'] as const
export type SuggestionLevel = (typeof SUGGESTION_LEVELS)[number]
export const ADOPTION_HOWS = ['published', 'forwarded', 'adopted'] as const
export type AdoptionHow = (typeof ADOPTION_HOWS)[number]
export const SHARE_MODES = ['equal', 'each'] as const
export type ShareMode = (typeof SHARE_MODES)[number]
export const ADOPTION_COUNTINGS = ['highest', 'sum'] as const

export interface SubmitterInput {
  /** A person of the register; null for a co-author who is not in it (then `name` is needed). */
  personId: string | null
  name?: string | null | undefined
  employer?: string | null | undefined
  isLead?: boolean | undefined
}

export interface Submitter {
  personId: string | null
  name: string
  employer: string | null
  isLead: boolean
  /** False once the person left the register (the name stays as text). */
  inRegister: boolean
}

export interface Adoption {
  body: string
  level: SuggestionLevel
  /** YYYY-MM-DD, not before the submission. */
  adoptedOn: string
  how: AdoptionHow
}

export interface Instruction {
  leader: string
  level: SuggestionLevel
  instructedOn: string
  content: string | null
}

export interface SuggestionFields {
  title: string
  kind: string
  submittedOn: string
  channel: string | null
  receivingBody: string | null
  summary: string | null
  fullText: string | null
  status: SuggestionStatus
  outcome: string | null
  activityId: string | null
  remarks: string | null
}

export interface Suggestion extends SuggestionFields {
  id: string
  siteId: string
  ownedHere: boolean
  /** The owning unit: a city's list holds its counties' suggestions too. */
  unitCode: string
  unitName: string
  version: string
  kindName: string
  channelName: string | null
  submitters: Submitter[]
  adoptions: Adoption[]
  instructions: Instruction[]
  score: number
  /** What each submitter gets under the co-author rule in force for its year. */
  share: number
  ruleVersion: number
}

export interface SuggestionDetail extends Suggestion {
  activityTitle: string | null
  /** Scans of the text, the adopting body's notice, the 批示 page. */
  attachments: Attachment[]
}

export interface SuggestionPage {
  total: number
  page: number
  pageSize: number
  items: Suggestion[]
}

export interface PersonSuggestions {
  count: number
  /** The person's points summed over every year. */
  score: number
  items: (Suggestion & { personShare: number })[]
}

/** Points are whole or decimal numbers ≥ 0; the handler names the field of a negative one. */
export interface ScoreRules {
  /** Base points by kind code. */
  kindPoints: Record<string, number>
  /** Points for being carried by a channel (新联会简报 …), by channel code. */
  channelPoints: Record<string, number>
  adoptionPoints: Record<SuggestionLevel, number>
  /** The highest adoption counts, or each adoption adds its points. */
  adoptionCounting: (typeof ADOPTION_COUNTINGS)[number]
  /** The highest multiplier among the 批示 applies (2 = doubled). */
  instructionMultiplier: Record<SuggestionLevel, number>
  /** Added once after the multiplier, the highest among the 批示. */
  instructionBonus: Record<SuggestionLevel, number>
  share: ShareMode
}

export interface RulesState {
  version: number
  rules: ScoreRules
  lockedYears: YearLock[]
}

export interface YearLock {
  year: number
  ruleVersion: number
  lockedAt: string
  figures: YearFigures
}

export interface YearFigures {
  submitted: number
  adopted: number
  adoptedByLevel: Record<SuggestionLevel, number>
  withInstruction: number
  points: number
}

export interface RulesSaveResult {
  version: number
  /** Suggestions whose score changed. */
  changed: number
}

export interface ScoreRow {
  personId: string | null
  name: string
  employer: string | null
  count: number
  score: number
}

export interface ScoreBoard {
  year: number | null
  persons: ScoreRow[]
  organizations: { employer: string; count: number; score: number }[]
  figures: YearFigures
  locked: YearLock | null
}

const text = (max: number) => z.string().trim().max(max).nullish()
const date = z.string().trim().max(10)
const level = z.enum(SUGGESTION_LEVELS)
const year = z.number().int().min(1949).max(2999)

export const submitterSchema = z.strictObject({
  personId: idField.nullable(),
  name: text(40),
  employer: text(100),
  isLead: z.boolean().optional(),
})
export const adoptionSchema = z.strictObject({
  body: z.string().trim().min(1).max(100),
  level,
  adoptedOn: date,
  how: z.enum(ADOPTION_HOWS),
})
/** The leader may arrive empty: the handler says which 批示 lacks one. */
export const instructionSchema = z.strictObject({
  leader: z.string().trim().max(40),
  level,
  instructedOn: date,
  content: text(2000),
})

const suggestionShape = {
  title: z.string().trim().min(1).max(200),
  kind: localDictionaryCode,
  submittedOn: date,
  channel: localDictionaryCode.nullish(),
  receivingBody: text(100),
  summary: text(2000),
  fullText: text(100_000),
  status: z.enum(SUGGESTION_STATUSES),
  outcome: text(5000),
  activityId: idField.nullish(),
  remarks: text(1000),
  submitters: z.array(submitterSchema).min(1).max(50),
  adoptions: z.array(adoptionSchema).max(50).optional(),
  instructions: z.array(instructionSchema).max(50).optional(),
}

export const suggestionDraftSchema = z.strictObject({
  ...suggestionShape,
  status: suggestionShape.status.default('submitted'),
})

const points = z.number().finite().max(100_000)
const perLevel = z.strictObject({
  county: points,
  city: points,
  province: points,
  national: points,
})
export const scoreRulesSchema = z.strictObject({
  kindPoints: z.record(localDictionaryCode, points),
  channelPoints: z.record(localDictionaryCode, points),
  adoptionPoints: perLevel,
  adoptionCounting: z.enum(ADOPTION_COUNTINGS),
  instructionMultiplier: perLevel,
  instructionBonus: perLevel,
  share: z.enum(SHARE_MODES),
})

export const suggestionFilterShape = {
  year: year.optional(),
  kind: localDictionaryCode.optional(),
  status: z.enum(SUGGESTION_STATUSES).optional(),
  /** Adopted at this level. */
  level: level.optional(),
  personId: idField.optional(),
  /** The submitter's employer contains this. */
  employer: z.string().trim().max(100).optional(),
  /** Words of the title or a submitter's name. */
  query: z.string().trim().max(100).optional(),
  /** At an upper unit: only these units' suggestions; absent: every unit's. */
  units: z.array(regionCodeField).max(200).optional(),
}

const kinds = localDictionaryProcedures()
const channels = localDictionaryProcedures()

export const suggestionsContract = {
  'suggestions.list': procedure<SuggestionPage>()({
    input: z.strictObject({ ...suggestionFilterShape, page: pageField, pageSize: pageSizeField }),
    access: 'viewer',
  }),
  'suggestions.get': procedure<SuggestionDetail>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'suggestions.create': procedure<Suggestion>()({
    input: suggestionDraftSchema,
    access: 'operator',
    audited: true,
  }),
  /** Fields left out stay; a list given (submitters, adoptions, 批示) replaces the list. */
  'suggestions.update': procedure<Suggestion>()({
    input: z
      .strictObject(suggestionShape)
      .partial()
      .extend({ id: idField, version: z.string().max(40).optional() }),
    access: 'operator',
    audited: true,
  }),
  'suggestions.delete': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  /** A file of the suggestion, as base64; stored once per content beside activities' files. */
  'suggestions.addAttachment': procedure<Attachment>()({
    input: z.strictObject({ suggestionId: idField, ...attachmentUploadShape }),
    access: 'operator',
    audited: true,
  }),
  'suggestions.attachment': procedure<AttachmentContent>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'suggestions.removeAttachment': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  'suggestions.ofPerson': procedure<PersonSuggestions>()({
    input: z.strictObject({ personId: idField }),
    access: 'viewer',
  }),
  /** Ranking of persons and of their employers by points. */
  'suggestions.scores': procedure<ScoreBoard>()({
    input: z.strictObject({ year: year.optional() }),
    access: 'viewer',
  }),
  'suggestions.rules': procedure<RulesState>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
  /** Saves a new rule version and recomputes every score not in a locked year. */
  'suggestions.saveRules': procedure<RulesSaveResult>()({
    input: z.strictObject({ rules: scoreRulesSchema }),
    access: 'admin',
    audited: true,
  }),
  /** Freezes a year's figures with the rule version in force: later rule changes leave it. */
  'suggestions.lockYear': procedure<YearLock>()({
    input: z.strictObject({ year }),
    access: 'admin',
    audited: true,
  }),
  /** 建言献策台账 of a year: the print model (names only, nothing to mask). */
  'suggestions.ledger': procedure<SuggestionLedger>()({
    input: z.strictObject({ year }),
    access: 'viewer',
  }),
  /** The same 台账 as .xlsx; audited by its handler like every export. */
  'suggestions.exportLedger': procedure<ExportResult>()({
    input: z.strictObject({ year }),
    access: 'viewer',
  }),
  'suggestions.kinds': kinds.list,
  'suggestions.saveKind': kinds.save,
  'suggestions.deleteKind': kinds.remove,
  'suggestions.channels': channels.list,
  'suggestions.saveChannel': channels.save,
  'suggestions.deleteChannel': channels.remove,
}
