import { findCode, type CodeEntry } from './lookup'

/** 状态 of a person record. Only 在库 counts in statistics; the others keep the history. */
export const PERSON_STATUS = [
  { code: '1', name: '在库', synonyms: ['在册', '正常', '有效'] },
  { code: '2', name: '退出', synonyms: ['已退出', '不再联系'] },
  { code: '3', name: '迁出', synonyms: ['已迁出', '调出', '外迁'] },
  { code: '4', name: '去世', synonyms: ['已故', '已去世', '死亡', '病故', '逝世'] },
] as const satisfies readonly CodeEntry[]

export type PersonStatusCode = (typeof PERSON_STATUS)[number]['code']

export const ACTIVE_PERSON_STATUS: PersonStatusCode = '1'

export function findPersonStatus(text: string | null | undefined) {
  return findCode(PERSON_STATUS, text)
}
