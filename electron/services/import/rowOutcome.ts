import type { StoredPerson } from '../../../db/repos/personsBulk'
import type { ImportField } from '../../../shared/import/importFields'
import type { RowIssue } from '../../../shared/import/normalizeRow'
import type { RawCell } from '../../../shared/import/rawCell'
import type { NamePinyin } from '../../../shared/persons/searchKeys'
import type { PersonFields } from '../../../shared/persons/types'

interface Base {
  sheet: string
  row: number
  cells: RawCell[]
  /** The name as read, or null. */
  name: string | null
  warnings: RowIssue[]
}

/** The row's person as it will be written; the name's pinyin when worked out in the preview. */
interface Written {
  fields: PersonFields
  pinyin?: NamePinyin
}

/** What one data row of a roster comes to. */
export type RowOutcome =
  | (Base & Written & { kind: 'create' })
  | (Base & Written & { kind: 'update'; person: StoredPerson; changed: ImportField[] })
  | (Base & { kind: 'unchanged'; person: StoredPerson })
  | (Base & { kind: 'duplicate'; first: { sheet: string; row: number }; by: 'idNumber' | 'name' })
  | (Base & { kind: 'rejected'; error: RowIssue })
