import { findCode, type CodeEntry } from './lookup'

/** 队伍类别: the lists a person is kept in. Our own codes. */
export const TEAMS = [
  { code: '1', name: '代表人士', synonyms: ['代表性人士', '代表人物'] },
  { code: '2', name: '后备人才', synonyms: ['后备', '后备人选', '人才库'] },
  { code: '3', name: '一般联系', synonyms: ['一般联系人士', '联系人士', '一般'] },
] as const satisfies readonly CodeEntry[]

export type TeamCode = (typeof TEAMS)[number]['code']

export function findTeam(text: string | null | undefined) {
  return findCode(TEAMS, text)
}
