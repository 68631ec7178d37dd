import { CATEGORIES } from '../../../shared/codes/categories'
import { codeName } from '../../../shared/codes/lookup'
import type { PersonExportColumn } from '../../../shared/contract/exports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import { PERSON_FIELD_SPECS } from '../../../shared/persons/fieldSpecs'
import type { PersonScalars } from '../../../shared/persons/types'
import {
  birthYearOnly,
  maskIdNumber,
  maskPhone,
  maskSensitiveText,
} from '../../../shared/privacy/mask'

/** A person as the export reads it: the scalar fields plus categories and tags. */
export interface ExportPerson {
  /** The owning unit: its own dictionary entries name its codes. */
  siteId: string
  /** The fields the export shows; the others are not read. */
  scalars: Partial<PersonScalars>
  categories: { code: string; detail: string | null }[]
  tags: string[]
}

export interface CellContext {
  masked: boolean
  dictionaryName(kind: string, code: string, ownerSiteId?: string | null): string | null
}

/** Widths in characters, as offices set them: ID numbers need 20, names 10. */
const WIDTHS: Partial<Record<PersonExportColumn, number>> = {
  name: 10,
  sex: 6,
  ethnicity: 8,
  birthDate: 11,
  idNumber: 21,
  politicalStatus: 16,
  education: 14,
  employer: 28,
  jobTitle: 14,
  categories: 22,
  phone: 14,
  township: 12,
  community: 12,
  address: 30,
  remarks: 24,
  performance: 40,
  influence: 40,
  email: 22,
  schoolMajor: 24,
}

export function columnWidth(column: PersonExportColumn): number {
  return WIDTHS[column] ?? 12
}

/** Header of a column: our own field label, which the importer maps back by itself. */
export function columnHeader(column: PersonExportColumn): string {
  return personFieldLabels[column]
}

/**
 * A person's value for a column, as offices write it and as the importer reads it back:
 * names instead of codes, dates as 1985.03 / 1985.03.12, categories as
 * 中介组织从业人员（律师）joined by 、, ID numbers and phones masked unless allowed. A masked
 * sheet also keeps only the year of birth and masks ID and phone numbers typed into any text,
 * for the masked ID beside them must not be given back by another column.
 */
export function cellOf(
  column: PersonExportColumn,
  p: ExportPerson,
  ctx: CellContext,
): string | null {
  if (!ctx.masked) return plainCell(column, p, ctx)
  if (column === 'birthDate') return birthYearOnly(p.scalars.birthDate ?? null) || null
  const text = plainCell(column, p, ctx)
  return text === null ? null : maskSensitiveText(text)
}

function plainCell(column: PersonExportColumn, p: ExportPerson, ctx: CellContext): string | null {
  if (column === 'categories') {
    return (
      p.categories
        .map((c) => {
          const name = codeName(CATEGORIES, c.code) ?? c.code
          return c.detail ? `${name}（${c.detail}）` : name
        })
        .join('、') || null
    )
  }
  if (column === 'tags') return p.tags.join('、') || null
  const value = p.scalars[column]
  if (value === null || value === undefined || value === '') return null
  const spec = PERSON_FIELD_SPECS[column]
  switch (spec.kind) {
    case 'idNumber':
      return ctx.masked ? maskIdNumber(value) : value
    case 'phone':
      return ctx.masked ? maskPhone(value) : value
    case 'code':
      return codeName(spec.list, value) ?? value
    case 'dictionary':
      return ctx.dictionaryName(spec.dictionary, value, p.siteId) ?? value
    case 'date':
      return value.replace(/-/g, '.')
    default:
      return value
  }
}
