import { personFieldLabels } from '../i18n/persons'
import { PERSON_SCALAR_KEYS, PERSON_SUB_RECORD_KEYS } from './fieldSpecs'
import type { PersonFields } from './types'

/**
 * The Chinese labels of the fields that differ between two versions of a record, in form
 * order. Only names: the history must never carry values (ID numbers, phones).
 */
export function changedFieldLabels(before: PersonFields, after: PersonFields): string[] {
  const labels: string[] = []
  for (const key of PERSON_SCALAR_KEYS) {
    if ((before[key] ?? null) !== (after[key] ?? null)) labels.push(personFieldLabels[key])
  }
  for (const key of PERSON_SUB_RECORD_KEYS) {
    if (comparable(key, before[key]) !== comparable(key, after[key]))
      labels.push(personFieldLabels[key])
  }
  return labels
}

// Categories and tags are sets: the order they were typed in is not a change.
function comparable(key: (typeof PERSON_SUB_RECORD_KEYS)[number], list: unknown[]): string {
  const items = list.map((item) => JSON.stringify(item))
  if (key === 'categories' || key === 'tags') items.sort()
  return items.join('\n')
}
