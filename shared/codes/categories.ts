import { compactText } from '../text/halfWidth'
import { findCode, type CodeEntry } from './lookup'

/** The four groups of 新的社会阶层人士. */
export const CATEGORY_GROUPS = [
  { code: '1', name: '民营企业和外商投资企业管理技术人员' },
  { code: '2', name: '中介组织和社会组织从业人员' },
  { code: '3', name: '自由职业人员' },
  { code: '4', name: '新媒体从业人员' },
] as const satisfies readonly CodeEntry[]

export type CategoryGroupCode = (typeof CATEGORY_GROUPS)[number]['code']

interface CategoryEntry extends CodeEntry {
  readonly group: CategoryGroupCode
}

/**
 * The six sub-groups the groups are kept as; a person's categories are a multi-value field of
 * these codes. The first digit is the group. Synonyms are what roster columns say (律师, 新媒体).
 */
export const CATEGORIES = [
  {
    code: '11',
    group: '1',
    name: '民营企业管理技术人员',
    synonyms: [
      '民营企业',
      '民企',
      '私营企业',
      '民营企业管理人员',
      '民营企业技术人员',
      '民营企业家',
      '私营企业主',
    ],
  },
  {
    code: '12',
    group: '1',
    name: '外商投资企业管理技术人员',
    synonyms: [
      '外商投资企业',
      '外企',
      '外资企业',
      '合资企业',
      '外商投资企业管理人员',
      '外企管理人员',
      '外企高管',
    ],
  },
  {
    code: '21',
    group: '2',
    name: '中介组织从业人员',
    synonyms: [
      '中介组织',
      '中介',
      '律师',
      '会计师',
      '注册会计师',
      '专利代理人',
      '专利代理师',
      '税务师',
      '资产评估师',
      '评估师',
    ],
  },
  {
    code: '22',
    group: '2',
    name: '社会组织从业人员',
    synonyms: [
      '社会组织',
      '社会团体',
      '社团',
      '基金会',
      '社会服务机构',
      '民办非企业单位',
      '民办非企业',
      '民办学校',
      '民办医院',
    ],
  },
  {
    code: '31',
    group: '3',
    name: '自由职业人员',
    synonyms: ['自由职业', '自由职业者', '自由职业人士', '签约作家', '独立设计师', '自由摄影师'],
  },
  {
    code: '41',
    group: '4',
    name: '新媒体从业人员',
    synonyms: ['新媒体', '新媒体人', '网络主播', '主播', '自媒体', '自媒体人', '网络作家', '网红'],
  },
] as const satisfies readonly CategoryEntry[]

export type CategoryCode = (typeof CATEGORIES)[number]['code']

/**
 * Seed of the editable 细分领域 dictionary, per sub-group. Codes are the sub-group code plus
 * two digits so that seeds stay stable when offices add their own entries.
 */
export const CATEGORY_SUBFIELDS = [
  { code: '1101', category: '11', name: '企业出资人' },
  { code: '1102', category: '11', name: '经营管理人员' },
  { code: '1103', category: '11', name: '专业技术人员' },
  { code: '1201', category: '12', name: '经营管理人员' },
  { code: '1202', category: '12', name: '专业技术人员' },
  { code: '2101', category: '21', name: '律师' },
  { code: '2102', category: '21', name: '注册会计师' },
  { code: '2103', category: '21', name: '专利代理人' },
  { code: '2104', category: '21', name: '税务师' },
  { code: '2105', category: '21', name: '资产评估师' },
  { code: '2201', category: '22', name: '社会团体从业人员' },
  { code: '2202', category: '22', name: '基金会从业人员' },
  { code: '2203', category: '22', name: '社会服务机构从业人员' },
  { code: '2204', category: '22', name: '民办学校从业人员' },
  { code: '2205', category: '22', name: '民办医院从业人员' },
  { code: '3101', category: '31', name: '自由书画人员' },
  { code: '3102', category: '31', name: '自由文创人员' },
  { code: '3103', category: '31', name: '自由演艺人员' },
  { code: '3104', category: '31', name: '签约作家' },
  { code: '3105', category: '31', name: '独立设计师' },
  { code: '3106', category: '31', name: '自由摄影师' },
  { code: '4101', category: '41', name: '新媒体企业出资人' },
  { code: '4102', category: '41', name: '新媒体企业经营管理人员' },
  { code: '4103', category: '41', name: '采编人员' },
  { code: '4104', category: '41', name: '新媒体技术人员' },
  { code: '4105', category: '41', name: '网络主播' },
  { code: '4106', category: '41', name: '自媒体从业人员' },
] as const satisfies readonly (CodeEntry & { readonly category: CategoryCode })[]

export function findCategory(text: string | null | undefined) {
  return findCode(CATEGORIES, text)
}

export function categoryGroupOf(code: string): (typeof CATEGORY_GROUPS)[number] | null {
  const entry = CATEGORIES.find((c) => c.code === code)
  return CATEGORY_GROUPS.find((g) => g.code === entry?.group) ?? null
}

/**
 * A roster cell that may list several categories (律师、新媒体) → codes in the order given,
 * without repeats, and the parts that matched nothing.
 */
export function parseCategories(text: string | null | undefined): {
  codes: CategoryCode[]
  unknown: string[]
} {
  const codes: CategoryCode[] = []
  const unknown: string[] = []
  const whole = findCategory(text)
  const parts = whole ? [String(text)] : String(text ?? '').split(/[、,，;；/／|｜\s]+/)
  for (const part of parts) {
    if (compactText(part) === '') continue
    const hit = findCategory(part)
    if (!hit) unknown.push(part.trim())
    else if (!codes.includes(hit.code)) codes.push(hit.code)
  }
  return { codes, unknown }
}
