import { describe, expect, it } from 'vitest'
import {
  CATEGORIES,
  CATEGORY_GROUPS,
  CATEGORY_SUBFIELDS,
  categoryGroupOf,
  parseCategories,
} from '../../shared/codes/categories'
import { DEGREE } from '../../shared/codes/degree'
import { EDUCATION } from '../../shared/codes/education'
import { ETHNICITY } from '../../shared/codes/ethnicity'
import { byCode, codeName, findCode, keysOf, type CodeEntry } from '../../shared/codes/lookup'
import { PERSON_STATUS } from '../../shared/codes/personStatus'
import { POLITICAL_STATUS } from '../../shared/codes/politicalStatus'
import { SEX } from '../../shared/codes/sex'
import { TALENT_LEVEL } from '../../shared/codes/talentLevel'
import { TEAMS } from '../../shared/codes/teams'
import { TITLE_LEVEL } from '../../shared/codes/titleLevel'

const LISTS: Record<string, readonly CodeEntry[]> = {
  SEX,
  POLITICAL_STATUS,
  ETHNICITY,
  EDUCATION,
  DEGREE,
  TITLE_LEVEL,
  CATEGORY_GROUPS,
  CATEGORIES,
  TEAMS,
  PERSON_STATUS,
  TALENT_LEVEL,
}

const expectMapping = (list: readonly CodeEntry[], mapping: Record<string, string>) => {
  for (const [text, code] of Object.entries(mapping))
    expect(findCode(list, text)?.code, text).toBe(code)
}

describe('every code list', () => {
  it.each(Object.entries(LISTS))(
    '%s has unique codes and finds each entry by its own name',
    (_, list) => {
      expect(new Set(list.map((e) => e.code)).size).toBe(list.length)
      for (const entry of list) {
        expect(findCode(list, entry.code)).toBe(entry)
        expect(findCode(list, entry.name)).toBe(entry)
        if (entry.short) expect(findCode(list, entry.short)).toBe(entry)
        for (const s of entry.synonyms ?? []) expect(findCode(list, s), s).toBe(entry)
      }
    },
  )

  it.each(Object.entries(LISTS))('%s never gives one spelling two meanings', (_, list) => {
    const owner = new Map<string, string>()
    for (const entry of list) {
      for (const key of keysOf(entry)) {
        const before = owner.get(key)
        expect(
          before === undefined || before === entry.code,
          `${key}: ${before} and ${entry.code}`,
        ).toBe(true)
        owner.set(key, entry.code)
      }
    }
  })
})

describe('findCode', () => {
  it('folds full width and removes spaces before matching', () => {
    expect(findCode(POLITICAL_STATUS, ' 民 盟 ')?.code).toBe('05')
    expect(findCode(POLITICAL_STATUS, '\u3000中共党员\u00a0')?.code).toBe('01')
    expect(findCode(POLITICAL_STATUS, '０５')?.code).toBe('05')
  })

  it('matches numbers that lost their leading zero in Excel', () => {
    expect(findCode(POLITICAL_STATUS, '1')?.code).toBe('01')
    expect(findCode(POLITICAL_STATUS, 5)?.code).toBe('05')
    expect(findCode(ETHNICITY, 1)?.code).toBe('01')
    expect(findCode(EDUCATION, '1')).toBeNull()
  })

  it('matches whole texts only', () => {
    expect(findCode(POLITICAL_STATUS, '中共党员（预备）')).toBeNull()
    expect(findCode(ETHNICITY, '汉族人')).toBeNull()
    expect(findCode(ETHNICITY, '族')).toBeNull()
    expect(findCode(EDUCATION, '本')).toBeNull()
  })

  it('answers null for empty or unknown input', () => {
    for (const text of [null, undefined, '', '   ', '火星人'])
      expect(findCode(ETHNICITY, text)).toBeNull()
  })

  it('byCode and codeName look up exact codes only', () => {
    expect(byCode(ETHNICITY, '01')?.name).toBe('汉族')
    expect(byCode(ETHNICITY, '1')).toBeNull()
    expect(codeName(POLITICAL_STATUS, '12')).toBe('无党派民主人士')
    expect(codeName(POLITICAL_STATUS, '99')).toBeNull()
    expect(codeName(POLITICAL_STATUS, null)).toBeNull()
  })
})

describe('GB/T 2261.1 sex', () => {
  it('has 0, 1, 2, 9', () => {
    expect(SEX.map((e) => [e.code, e.name])).toEqual([
      ['0', '未知的性别'],
      ['1', '男'],
      ['2', '女'],
      ['9', '未说明的性别'],
    ])
    expectMapping(SEX, { 男: '1', 女: '2', 男性: '1', 女性: '2' })
  })
})

describe('GB/T 4762 political status', () => {
  it('has the 13 items of the standard with their short names', () => {
    expect(POLITICAL_STATUS).toHaveLength(13)
    expect(POLITICAL_STATUS.map((e) => `${e.code} ${e.name} ${e.short}`)).toEqual([
      '01 中国共产党党员 中共党员',
      '02 中国共产党预备党员 中共预备党员',
      '03 中国共产主义青年团团员 共青团员',
      '04 中国国民党革命委员会会员 民革党员',
      '05 中国民主同盟盟员 民盟盟员',
      '06 中国民主建国会会员 民建会员',
      '07 中国民主促进会会员 民进会员',
      '08 中国农工民主党党员 农工党党员',
      '09 中国致公党党员 致公党党员',
      '10 九三学社社员 九三学社社员',
      '11 台湾民主自治同盟盟员 台盟盟员',
      '12 无党派民主人士 无党派人士',
      '13 群众 群众',
    ])
  })

  it('reads the abbreviations rosters use', () => {
    expectMapping(POLITICAL_STATUS, {
      党员: '01',
      中共党员: '01',
      预备党员: '02',
      团员: '03',
      共青团员: '03',
      民革: '04',
      民革会员: '04',
      民盟: '05',
      民建: '06',
      民进: '07',
      农工党: '08',
      致公党: '09',
      九三: '10',
      九三学社: '10',
      台盟: '11',
      无党派: '12',
      无党派人士: '12',
      无党派民主人士: '12',
      群众: '13',
      普通居民: '13',
    })
  })
})

describe('GB/T 3304 ethnicity', () => {
  it('has 56 nationalities coded 01–56 plus 97 and 98', () => {
    expect(ETHNICITY).toHaveLength(58)
    const expected = [
      ...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
      '97',
      '98',
    ]
    expect(ETHNICITY.map((e) => e.code)).toEqual(expected)
    expect(codeName(ETHNICITY, '97')).toBe('其他')
    expect(codeName(ETHNICITY, '98')).toBe('外国血统中国籍人士')
  })

  it('gives every nationality a name in 族, a short name without it and a unique letter code', () => {
    const nationalities = ETHNICITY.filter((e) => Number(e.code) <= 56)
    for (const e of nationalities) {
      expect(e.name.endsWith('族')).toBe(true)
      expect(e.short).toBe(e.name.slice(0, -1))
      expect('letter' in e && e.letter).toMatch(/^[A-Z]{2}$/)
    }
    expect(new Set(nationalities.map((e) => ('letter' in e ? e.letter : ''))).size).toBe(56)
  })

  it('spot-checks the table', () => {
    const spots: [string, string, string][] = [
      ['01', '汉族', 'HA'],
      ['02', '蒙古族', 'MG'],
      ['15', '土家族', 'TJ'],
      ['22', '畲族', 'SH'],
      ['30', '土族', 'TU'],
      ['56', '基诺族', 'JN'],
    ]
    for (const [code, name, letter] of spots)
      expect(byCode(ETHNICITY, code)).toMatchObject({ name, letter })
  })

  it('reads names without 族, whole names only', () => {
    expectMapping(ETHNICITY, {
      汉: '01',
      汉族: '01',
      蒙古: '02',
      回: '03',
      土: '30',
      土家: '15',
      畲: '22',
      ha: '01',
      HA: '01',
    })
  })
})

describe('GB/T 4658-2006 education', () => {
  it('has exactly the codes of the table', () => {
    expect(EDUCATION.map((e) => e.code)).toEqual(
      '10 11 12 13 14 15 16 17 18 19 20 21 22 23 28 30 31 32 33 40 41 42 43 44 45 46 47 48 49 60 61 62 63 70 71 73 80 81 83 90'.split(
        ' ',
      ),
    )
    expect(codeName(EDUCATION, '21')).toBe('大学本科毕业')
    expect(codeName(EDUCATION, '47')).toBe('技工学校毕业')
    expect(codeName(EDUCATION, '73')).toBe('初中肄业')
    expect(codeName(EDUCATION, '90')).toBe('其他')
  })

  it('reads the words of a 文化程度 column', () => {
    expectMapping(EDUCATION, {
      本科: '21',
      大学本科: '21',
      大专: '31',
      专科: '31',
      大学专科: '31',
      硕士: '14',
      研究生: '14',
      博士: '11',
      高中: '61',
      中专: '41',
      职高: '44',
      技校: '47',
      初中: '71',
      小学: '81',
    })
  })
})

describe('degree, title level, teams, status, talent level', () => {
  it('have their entries', () => {
    expect(DEGREE.map((e) => e.name)).toEqual(['博士', '硕士', '学士'])
    expect(TITLE_LEVEL.map((e) => e.name)).toEqual(['正高级', '副高级', '中级', '初级'])
    expect(TEAMS.map((e) => e.name)).toEqual(['代表人士', '后备人才', '一般联系'])
    expect(PERSON_STATUS.map((e) => e.name)).toEqual(['在库', '退出', '迁出', '去世'])
    expect(TALENT_LEVEL.map((e) => e.name)).toEqual(['县级', '市级', '省级', '国家级'])
  })

  it('read common spellings', () => {
    expectMapping(DEGREE, { 博士学位: '1', 学士: '3' })
    expectMapping(TITLE_LEVEL, {
      正高: '1',
      副高: '2',
      高级工程师: '2',
      工程师: '3',
      助理级: '4',
      员级: '4',
    })
    expect(findCode(TITLE_LEVEL, '高级')).toBeNull()
    expectMapping(PERSON_STATUS, { 已故: '4', 调出: '3' })
    expectMapping(TALENT_LEVEL, { 县: '1', 全国: '4' })
  })
})

describe('categories of the new social strata', () => {
  it('keeps four groups as six sub-groups whose first digit is the group', () => {
    expect(CATEGORY_GROUPS).toHaveLength(4)
    expect(CATEGORIES.map((c) => c.code)).toEqual(['11', '12', '21', '22', '31', '41'])
    for (const c of CATEGORIES) {
      expect(c.group).toBe(c.code[0])
      expect(categoryGroupOf(c.code)?.code).toBe(c.group)
    }
    expect(codeName(CATEGORIES, '11')).toBe('民营企业管理技术人员')
    expect(codeName(CATEGORIES, '12')).toBe('外商投资企业管理技术人员')
    expect(codeName(CATEGORIES, '21')).toBe('中介组织从业人员')
    expect(codeName(CATEGORIES, '22')).toBe('社会组织从业人员')
    expect(codeName(CATEGORIES, '31')).toBe('自由职业人员')
    expect(codeName(CATEGORIES, '41')).toBe('新媒体从业人员')
    expect(categoryGroupOf('99')).toBeNull()
  })

  it('seeds sub-fields under existing sub-groups with stable, prefixed codes', () => {
    expect(new Set(CATEGORY_SUBFIELDS.map((s) => s.code)).size).toBe(CATEGORY_SUBFIELDS.length)
    for (const s of CATEGORY_SUBFIELDS) {
      expect(s.code.startsWith(s.category)).toBe(true)
      expect(byCode(CATEGORIES, s.category)).not.toBeNull()
    }
    const under21 = CATEGORY_SUBFIELDS.filter((s) => s.category === '21').map((s) => s.name)
    expect(under21).toEqual(['律师', '注册会计师', '专利代理人', '税务师', '资产评估师'])
    expect(CATEGORY_SUBFIELDS.filter((s) => s.category === '41').map((s) => s.name)).toContain(
      '网络主播',
    )
  })

  it('reads import synonyms', () => {
    expectMapping(CATEGORIES, {
      律师: '21',
      会计师: '21',
      注册会计师: '21',
      新媒体: '41',
      网络主播: '41',
      民企: '11',
      民营企业: '11',
      外企: '12',
      自由职业: '31',
      自由职业者: '31',
      社会组织: '22',
    })
  })

  it('splits a cell listing several categories', () => {
    expect(parseCategories('律师、新媒体')).toEqual({ codes: ['21', '41'], unknown: [] })
    expect(parseCategories('民企，外企；民企')).toEqual({ codes: ['11', '12'], unknown: [] })
    expect(parseCategories('新媒体从业人员')).toEqual({ codes: ['41'], unknown: [] })
    expect(parseCategories('律师/宇航员')).toEqual({ codes: ['21'], unknown: ['宇航员'] })
    expect(parseCategories('')).toEqual({ codes: [], unknown: [] })
    expect(parseCategories(null)).toEqual({ codes: [], unknown: [] })
  })
})
