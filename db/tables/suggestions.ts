import type { Generated } from 'kysely'
import type { AttachedFile, Travelling } from '../schema'

export interface SuggestionsTable extends Travelling {
  title: string
  kind: string
  submitted_on: string
  channel: string | null
  receiving_body: string | null
  summary: string | null
  full_text: string | null
  status: string
  outcome: string | null
  activity_id: string | null
  remarks: string | null
}

export interface SuggestionSubmittersTable extends Travelling {
  suggestion_id: string
  person_id: string | null
  name: string
  employer: string | null
  seq: number
  is_lead: number
}

export interface SuggestionAdoptionsTable extends Travelling {
  suggestion_id: string
  body: string
  level: string
  adopted_on: string
  how: string
}

export interface SuggestionInstructionsTable extends Travelling {
  suggestion_id: string
  leader: string
  level: string
  instructed_on: string
  content: string | null
}

export interface SuggestionRuleVersionsTable {
  version: number
  rules: string
  created_at: string
  created_by: string | null
}

export interface SuggestionScoresTable {
  /** What the search indexes point at (migration 0017). */
  rid: Generated<number>
  suggestion_id: string
  /** The version that last changed the score; the one in force follows from the year. */
  rule_version: number
  score: number
  share: number
  /** The suggestion's, so a text search pages in list order from this table alone. */
  submitted_on: string
  /** What the score is computed from (scoreFactsKey): a rule change rescores from these. */
  facts: string
  search_text: string
  employers: string
  search_chars: string
  employer_chars: string
}

export interface SuggestionYearLocksTable {
  year: number
  rule_version: number
  figures: string
  locked_at: string
  locked_by: string | null
}

export interface SuggestionAttachmentsTable extends AttachedFile {
  suggestion_id: string
}
