import { CATEGORIES } from '../../../shared/codes/categories'
import { codeName } from '../../../shared/codes/lookup'
import type { ImportField } from '../../../shared/import/importFields'
import { PERSON_FIELD_SPECS } from '../../../shared/persons/fieldSpecs'
import type { PersonFields } from '../../../shared/persons/types'
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask'

/**
 * A field's value as the form shows it, for the list of changes an import will make: names
 * instead of codes, ID numbers and phones masked (the preview is seen by operators and may
 * sit on a shared screen).
 */
export function displayValue(
  field: ImportField,
  p: PersonFields,
  dictionaryName: (kind: string, code: string) => string | null,
): string | null {
  if (field === 'categories') {
    return (
      p.categories
        .map((c) => {
          const name = codeName(CATEGORIES, c.code) ?? c.code
          return c.detail ? `${name}（${c.detail}）` : name
        })
        .join('、') || null
    )
  }
  if (field === 'tags') return p.tags.join('、') || null
  const value = p[field]
  if (value === null || value === undefined || value === '') return null
  const spec = PERSON_FIELD_SPECS[field]
  switch (spec.kind) {
    case 'idNumber':
      return maskIdNumber(value)
    case 'phone':
      return maskPhone(value)
    case 'code':
      return codeName(spec.list, value) ?? value
    case 'dictionary':
      return dictionaryName(spec.dictionary, value) ?? value
    default:
      return value
  }
}
