import { PERSON_SCALAR_KEYS } from '../../shared/persons/fieldSpecs'
import {
  nameCharsDocument,
  namePinyin,
  phoneDigits,
  reversed,
} from '../../shared/persons/searchKeys'
import type { PersonScalars } from '../../shared/persons/types'
import type { PersonsTable } from '../schema'

/** politicalJoinedOn2 → political_joined_on2: the column of a scalar field. */
export function columnOf(key: keyof PersonScalars): keyof PersonsTable {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as keyof PersonsTable
}

export const SCALAR_COLUMNS = PERSON_SCALAR_KEYS.map((key) => ({ key, column: columnOf(key) }))

export type PersonScalarRow = Pick<
  PersonsTable,
  Exclude<
    keyof PersonsTable,
    'rid' | 'id' | 'site_id' | 'created_at' | 'updated_at' | 'deleted_at' | 'purged_at' | 'is_demo'
  >
>

/** The columns of the scalar fields plus the search keys derived from them. */
export function scalarsToRow(s: PersonScalars): PersonScalarRow {
  const row: Record<string, unknown> = {}
  for (const { key, column } of SCALAR_COLUMNS) row[column] = s[key] ?? null
  const py = namePinyin(s.name)
  row.name_py = py.full
  row.name_initials = py.initials
  row.id_rev = reversed(s.idNumber)
  row.phone_rev = reversed(phoneDigits(s.phone))
  return row as PersonScalarRow
}

export function rowToScalars(row: Pick<PersonsTable, keyof PersonScalarRow>): PersonScalars {
  const s: Record<string, unknown> = {}
  for (const { key, column } of SCALAR_COLUMNS)
    s[key] = row[column as keyof PersonScalarRow] ?? null
  return s as unknown as PersonScalars
}

/** What the two FTS tables hold for a person. */
export function searchDocuments(s: Pick<PersonScalars, 'name' | 'formerNames' | 'employer'>) {
  return {
    tri: [s.name, s.formerNames ?? '', s.employer ?? ''] as const,
    chars: nameCharsDocument(s.name, s.formerNames),
  }
}
