import { normalizeDate } from '../dates/normalizeDate'
import { importRowText as text } from '../i18n/imports'
import { personFieldLabels, personMessages } from '../i18n/persons'
import { checkIdCell } from '../idcard/checkIdCell'
import { PERSON_FIELD_SPECS } from '../persons/fieldSpecs'
import type { DictionaryKind } from '../persons/fieldSpecs'
import type { PersonFields } from '../persons/types'
import { validatePerson, type PersonDraft } from '../persons/validatePerson'
import { toHalfWidth } from '../text/halfWidth'
import { KEY_FIELDS, type ImportField } from './importFields'
import { parseCategoryCell } from './parseCategoryCell'
import { cellText, isBlankCell, type RawCell } from './rawCell'

/** A column of the sheet and the field it is read into. */
export interface MappedColumn {
  /** 0 for column A. */
  index: number
  field: ImportField
}

export interface RowIssue {
  field: ImportField | null
  /** 0 for column A; null when the problem is not one cell's. */
  column: number | null
  message: string
  /**
   * A reading the user must confirm in the preview: the cell's text and what it was read as
   * (1986.1 → 1986-01, when it may have been 1986.10 before Excel dropped the zero).
   */
  check?: { shown: string; readAs: string }
}

export type NormalizedRow =
  | {
      ok: true
      fields: PersonFields
      /** Fields the row itself gave; the rest are defaults or derived from the ID number. */
      given: ReadonlySet<ImportField>
      warnings: RowIssue[]
    }
  | { ok: false; error: RowIssue; warnings: RowIssue[] }

export interface NormalizeOptions {
  /** YYYY-MM-DD; birth dates after it are refused. */
  today: string
  /** A local dictionary entry by code or name → its code, or null. */
  resolveDictionary(kind: DictionaryKind, text: string): string | null
}

const MASKED = /\*{2,}/
const TAG_SEPARATORS = /[、,，;；/／|｜\s]+/

/**
 * One roster row → the person it describes, through the same validator as the form
 * (shared/persons/validatePerson). The rules of an import on top of it: a row without a name,
 * or with an ID number that is invalid or was cut short by Excel, is refused, never guessed;
 * any other field that does not pass is left empty with a warning naming the field, and the
 * row is still imported. Cells keep their text: a 备注 of =HYPERLINK(…) stays that text.
 */
export function normalizeRow(
  cells: readonly RawCell[],
  columns: readonly MappedColumn[],
  options: NormalizeOptions,
): NormalizedRow {
  const warnings: RowIssue[] = []
  const draft: PersonDraft = {}
  const given = new Set<ImportField>()
  const columnOf = new Map<ImportField, number>()

  for (const { index, field } of columns) {
    const raw = cells[index]
    if (isBlankCell(raw)) continue
    columnOf.set(field, index)
    if (field === 'idNumber') {
      const textId = cellText(raw)
      if (MASKED.test(textId)) return reject('idNumber', index, text.idMasked, warnings)
      // A number cell is judged as one (Excel kept 15 digits of it); text is checked by
      // validatePerson below, with the same messages.
      if (typeof raw === 'number') {
        const { check } = checkIdCell(raw, { today: options.today })
        if (!check.ok) return reject('idNumber', index, text.idRejected(check.message), warnings)
      }
      draft.idNumber = textId
    } else if (field === 'categories') {
      const parsed = parseCategoryCell(cellText(raw))
      if (parsed.unknown.length) {
        warnings.push({
          field,
          column: index,
          message: text.unknownCategory(parsed.unknown.join('、')),
        })
      }
      if (parsed.categories.length) draft.categories = parsed.categories
      else continue
    } else if (field === 'tags') {
      draft.tags = cellText(raw).split(TAG_SEPARATORS).filter(Boolean)
    } else {
      const spec = PERSON_FIELD_SPECS[field]
      let value = cellText(raw)
      if (spec.kind === 'date') {
        // Read here rather than by validatePerson, so that a warning keeps its column (and a
        // number cell's warning is not lost); a date that cannot be read is left to the
        // validator, which refuses it with the form's message.
        const date = normalizeDate(raw)
        if (date.value) {
          if (date.warning) {
            warnings.push({
              field,
              column: index,
              message: personMessages.dateHint(personFieldLabels[field], date.warning),
              check: { shown: value, readAs: date.value },
            })
          }
          value = date.value
        }
      } else if (spec.kind === 'phone' && MASKED.test(value)) {
        warnings.push({ field, column: index, message: text.phoneMasked })
        continue
      } else if (spec.kind === 'dictionary') {
        const name = toHalfWidth(value).trim()
        const code = options.resolveDictionary(spec.dictionary, name)
        if (!code) {
          const message = text.notInDictionary(personFieldLabels[field], name)
          warnings.push({ field, column: index, message })
          continue
        }
        value = code
      }
      draft[field] = value
    }
    given.add(field)
  }

  const nameProblem = draft.name ? namePlaceholder(draft.name) : null
  if (nameProblem) {
    const nameColumn = columnOf.get('name') ?? null
    return reject('name', nameColumn, text[nameProblem], warnings)
  }

  if (!given.has('name')) {
    const nameColumn = columns.find((c) => c.field === 'name')?.index ?? null
    return reject('name', nameColumn, text.nameMissing, warnings)
  }

  // Fields that fail are dropped and the record validated again; name and ID number never
  // fail here (checked above), unless the name breaks a rule of its own (too long).
  for (let pass = 0; pass < 3; pass++) {
    const { value, errors, warnings: hints } = validatePerson(draft, { today: options.today })
    if (errors.length === 0) {
      for (const hint of hints) warnings.push({ field: null, column: null, message: hint })
      return { ok: true, fields: value, given, warnings }
    }
    for (const error of errors) {
      const field = topField(error.path)
      if (KEY_FIELDS.has(field)) {
        return reject(field, columnOf.get(field) ?? null, text.idRejected(error.message), warnings)
      }
      delete draft[field]
      given.delete(field)
      warnings.push({
        field,
        column: columnOf.get(field) ?? null,
        message: text.fieldDropped(error.message),
      })
    }
  }
  return reject(null, null, text.unreadable, warnings)
}

/** A fill template's placeholder ({name}, {{姓名}}, ${xm}, %s) left in the 姓名 column. */
const PLACEHOLDER = /\{[^}]*\}|\$\{|%[sd]\b|«[^»]*»|【[^】]*】/
/** Markup or formula characters no person's name holds. */
const MARKUP = /[<>{}[\]$\\`|^~=@#]/

function namePlaceholder(name: string): 'nameTemplate' | 'nameMarkup' | null {
  if (PLACEHOLDER.test(name)) return 'nameTemplate'
  return MARKUP.test(name) ? 'nameMarkup' : null
}

function topField(path: string): ImportField {
  return path.split('.')[0] as ImportField
}

function reject(
  field: ImportField | null,
  column: number | null,
  message: string,
  warnings: RowIssue[],
): NormalizedRow {
  return { ok: false, error: { field, column, message }, warnings }
}
