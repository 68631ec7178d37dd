import { CATEGORIES, CATEGORY_GROUPS } from '../../../../../shared/codes/categories'
import { byCode, type CodeEntry } from '../../../../../shared/codes/lookup'
import { POLITICAL_STATUS } from '../../../../../shared/codes/politicalStatus'
import { t } from '../../../../../shared/i18n'

export interface CodeOption {
  value: string
  label: string
  /** What type-to-filter searches: code, name, short name, letter code, usual spellings. */
  search: string
}

const searchText = (e: CodeEntry) =>
  [e.code, e.name, e.short, e.letter, ...(e.synonyms ?? [])].filter(Boolean).join(' ')

/** Select options of a national code list; the label is the standard name. */
export function codeOptions(list: readonly CodeEntry[]): CodeOption[] {
  return list.map((e) => ({ value: e.code, label: e.name, search: searchText(e) }))
}

/** Political status reads better in its usual short form (中共党员, 民盟盟员). */
export const politicalOptions: CodeOption[] = POLITICAL_STATUS.map((e) => ({
  value: e.code,
  label: (e as CodeEntry).short ?? e.name,
  search: searchText(e),
}))

/** The six sub-groups under their four groups. */
export const categoryOptionGroups = CATEGORY_GROUPS.map((g) => ({
  label: g.name,
  title: g.name,
  options: CATEGORIES.filter((c) => c.group === g.code).map((c) => ({
    value: c.code as string,
    label: c.name as string,
    search: searchText(c),
  })),
}))

/** Props that make an antd Select filter its options by code, name and the usual spellings. */
export const typeToFilter = { optionFilterProp: 'search' } as const

export function codeLabel(list: readonly CodeEntry[], code: string | null | undefined): string {
  if (!code) return t.common.none
  return byCode(list, code)?.name ?? code
}

export function politicalLabel(code: string | null | undefined): string {
  if (!code) return t.common.none
  const e = byCode(POLITICAL_STATUS, code)
  return e ? ((e as CodeEntry).short ?? e.name) : code
}

export function categoryName(code: string): string {
  return byCode(CATEGORIES, code)?.name ?? code
}

export function categoryShortName(code: string): string {
  return t.personsUi.categoryShort[code] ?? categoryName(code)
}
