import { findCode, type CodeEntry } from './lookup'

/**
 * GB/T 4762-1984 政治面貌代码, 13 items. A person may hold two (第一党派 and 第二党派, e.g. a
 * 中共党员 who is also in a democratic party), each with its joining date.
 */
export const POLITICAL_STATUS = [
  {
    code: '01',
    name: '中国共产党党员',
    short: '中共党员',
    synonyms: ['党员', '共产党员', '中共', '中国共产党', '正式党员'],
  },
  { code: '02', name: '中国共产党预备党员', short: '中共预备党员', synonyms: ['预备党员'] },
  {
    code: '03',
    name: '中国共产主义青年团团员',
    short: '共青团员',
    synonyms: ['团员', '共青团', '中国共青团团员'],
  },
  {
    code: '04',
    name: '中国国民党革命委员会会员',
    short: '民革党员',
    synonyms: ['民革', '民革会员', '民革成员'],
  },
  { code: '05', name: '中国民主同盟盟员', short: '民盟盟员', synonyms: ['民盟', '民盟成员'] },
  { code: '06', name: '中国民主建国会会员', short: '民建会员', synonyms: ['民建', '民建成员'] },
  { code: '07', name: '中国民主促进会会员', short: '民进会员', synonyms: ['民进', '民进成员'] },
  {
    code: '08',
    name: '中国农工民主党党员',
    short: '农工党党员',
    synonyms: ['农工党', '农工', '农工民主党', '农工党成员'],
  },
  {
    code: '09',
    name: '中国致公党党员',
    short: '致公党党员',
    synonyms: ['致公党', '致公', '致公党成员'],
  },
  {
    code: '10',
    name: '九三学社社员',
    short: '九三学社社员',
    synonyms: ['九三学社', '九三', '九三学社成员'],
  },
  { code: '11', name: '台湾民主自治同盟盟员', short: '台盟盟员', synonyms: ['台盟', '台盟成员'] },
  {
    code: '12',
    name: '无党派民主人士',
    short: '无党派人士',
    synonyms: ['无党派', '无党派民主人士', '无党派代表人士'],
  },
  { code: '13', name: '群众', short: '群众', synonyms: ['普通居民', '居民', '无'] },
] as const satisfies readonly CodeEntry[]

export type PoliticalStatusCode = (typeof POLITICAL_STATUS)[number]['code']

/** The eight democratic parties (04–11): the usual 党外 statistics group them. */
export const DEMOCRATIC_PARTY_CODES: readonly PoliticalStatusCode[] = [
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
]

export function findPoliticalStatus(text: string | null | undefined) {
  return findCode(POLITICAL_STATUS, text)
}
