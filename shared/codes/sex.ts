import { findCode, type CodeEntry } from './lookup'

/** GB/T 2261.1-2003 人的性别代码. */
export const SEX = [
  { code: '0', name: '未知的性别', synonyms: ['未知'] },
  { code: '1', name: '男', synonyms: ['男性', '男士', 'M'] },
  { code: '2', name: '女', synonyms: ['女性', '女士', 'F'] },
  { code: '9', name: '未说明的性别', synonyms: ['未说明'] },
] as const satisfies readonly CodeEntry[]

export type SexCode = (typeof SEX)[number]['code']

export function findSex(text: string | null | undefined) {
  return findCode(SEX, text)
}
