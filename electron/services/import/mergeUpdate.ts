import type { ImportField } from '../../../shared/import/importFields'
import type { PersonCategory, PersonFields } from '../../../shared/persons/types'

/**
 * What a registered person becomes when a roster row about them is imported: the fields the
 * row gives replace the stored ones; a blank cell never erases (a roster that lacks a column,
 * or leaves a cell empty, says nothing about it). Birth date and sex read off the ID number
 * only fill gaps. Categories keep their 细分领域 when the roster names the same category
 * without one (an exported list gives the category name only when no detail was stored).
 */
export function mergeUpdate(
  stored: PersonFields,
  incoming: PersonFields,
  given: ReadonlySet<ImportField>,
): { merged: PersonFields; changed: ImportField[] } {
  const merged: PersonFields = { ...stored }
  const w = merged as unknown as Record<string, unknown>
  const from = incoming as unknown as Record<string, unknown>
  for (const field of given) {
    if (field === 'categories')
      merged.categories = mergeCategories(stored.categories, incoming.categories)
    else w[field] = from[field]
  }
  for (const field of ['birthDate', 'sex'] as const) {
    if (!given.has(field) && merged[field] === null && incoming[field] !== null)
      merged[field] = incoming[field]
  }
  const changed: ImportField[] = []
  for (const field of [...given, 'birthDate', 'sex'] as ImportField[]) {
    if (changed.includes(field)) continue
    if (comparable(field, stored) !== comparable(field, merged)) changed.push(field)
  }
  return { merged, changed }
}

function mergeCategories(stored: PersonCategory[], incoming: PersonCategory[]): PersonCategory[] {
  return incoming.map((c) => {
    if (c.detail) return c
    return { code: c.code, detail: stored.find((s) => s.code === c.code)?.detail ?? null }
  })
}

// Categories and tags are sets: the order a roster lists them in is not a change.
function comparable(field: ImportField, p: PersonFields): string {
  if (field === 'categories')
    return p.categories
      .map((c) => `${c.code}\u0000${c.detail ?? ''}`)
      .sort()
      .join('\n')
  if (field === 'tags') return [...p.tags].sort().join('\n')
  return String(p[field] ?? '\u0000')
}
