import { findCode, type CodeEntry } from './lookup'

/**
 * 专业技术职称级别 (custom, not a standard). Synonyms include the usual titles of each level in
 * the big series (engineering, teaching, health, accounting, research), so a roster that writes
 * the title instead of the level still imports. 高级 alone is ambiguous (正高 or 副高): no match.
 */
export const TITLE_LEVEL = [
  {
    code: '1',
    name: '正高级',
    synonyms: [
      '正高',
      '正高级职称',
      '教授',
      '研究员',
      '主任医师',
      '正高级工程师',
      '正高级会计师',
      '正高级经济师',
      '正高级教师',
    ],
  },
  {
    code: '2',
    name: '副高级',
    synonyms: [
      '副高',
      '副高级职称',
      '副教授',
      '副研究员',
      '副主任医师',
      '高级工程师',
      '高级会计师',
      '高级经济师',
      '高级教师',
      '高级讲师',
    ],
  },
  {
    code: '3',
    name: '中级',
    synonyms: [
      '中级职称',
      '讲师',
      '助理研究员',
      '主治医师',
      '工程师',
      '会计师',
      '经济师',
      '一级教师',
    ],
  },
  {
    code: '4',
    name: '初级',
    synonyms: [
      '初级职称',
      '助理级',
      '员级',
      '助教',
      '助理工程师',
      '技术员',
      '医师',
      '助理会计师',
      '会计员',
      '助理经济师',
      '二级教师',
      '三级教师',
    ],
  },
] as const satisfies readonly CodeEntry[]

export type TitleLevelCode = (typeof TITLE_LEVEL)[number]['code']

export function findTitleLevel(text: string | null | undefined) {
  return findCode(TITLE_LEVEL, text)
}
