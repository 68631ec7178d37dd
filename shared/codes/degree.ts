import { findCode, type CodeEntry } from './lookup'

/**
 * 学位, the simplified form county rosters use. GB/T 6864-2003 codes degrees by discipline and
 * implementations differ, so only the level is kept; the codes are our own and stable.
 */
export const DEGREE = [
  { code: '1', name: '博士', synonyms: ['博士学位', '名誉博士'] },
  { code: '2', name: '硕士', synonyms: ['硕士学位'] },
  { code: '3', name: '学士', synonyms: ['学士学位'] },
] as const satisfies readonly CodeEntry[]

export type DegreeCode = (typeof DEGREE)[number]['code']

export function findDegree(text: string | null | undefined) {
  return findCode(DEGREE, text)
}
