import type { StoredPerson } from '../../../db/repos/personsBulk'
import type { ImportField } from '../../../shared/import/importFields'
import type { RowIssue } from '../../../shared/import/normalizeRow'
import type { RawCell } from '../../../shared/import/rawCell'
import type { PersonFields } from '../../../shared/persons/types'

interface Base {
  sheet: string
  row: number
  cells: RawCell[]
  /** The name as read, or null. */
  name: string | null
  warnings: RowIssue[]
}

/** What one data row of a roster comes to. */
export type RowOutcome =
  | (Base & { kind: 'create'; fields: PersonFields })
  | (Base & { kind: 'update'; person: StoredPerson; fields: PersonFields; changed: ImportField[] })
  | (Base & { kind: 'unchanged'; person: StoredPerson })
  | (Base & { kind: 'duplicate'; first: { sheet: string; row: number }; by: 'idNumber' | 'name' })
  | (Base & { kind: 'rejected'; error: RowIssue })
