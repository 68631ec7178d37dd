import { PERSON_SCALAR_KEYS } from '../persons/fieldSpecs'
import type { PersonScalars } from '../persons/types'

/**
 * What a roster column can be imported as: a scalar field of the person record, or the two
 * multi-value fields a roster writes into one cell (人员类别 and 标签).
 */
export type ImportField = keyof PersonScalars | 'categories' | 'tags'

export const IMPORT_FIELDS: readonly ImportField[] = [...PERSON_SCALAR_KEYS, 'categories', 'tags']

const FIELD_SET = new Set<string>(IMPORT_FIELDS)

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && FIELD_SET.has(value)
}

/** Without these a row cannot become a person: their problems reject the row. */
export const KEY_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['name', 'idNumber'])
