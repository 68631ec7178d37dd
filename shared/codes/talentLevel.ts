import { findCode, type CodeEntry } from './lookup'

/**
 * Grades of the reserve-talent pool. No national standard exists, so this is the seed of an
 * editable dictionary; offices may rename or add levels.
 */
export const TALENT_LEVEL = [
  { code: '1', name: '县级', synonyms: ['县', '区县级', '县区级', '县(市、区)级'] },
  { code: '2', name: '市级', synonyms: ['市', '地市级', '设区市级'] },
  { code: '3', name: '省级', synonyms: ['省'] },
  { code: '4', name: '国家级', synonyms: ['国家', '全国', '中央'] },
] as const satisfies readonly CodeEntry[]

export type TalentLevelCode = (typeof TALENT_LEVEL)[number]['code']

export function findTalentLevel(text: string | null | undefined) {
  return findCode(TALENT_LEVEL, text)
}
