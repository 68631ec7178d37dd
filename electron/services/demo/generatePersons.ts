import { CATEGORY_SUBFIELDS } from '../../../shared/codes/categories'
import { ETHNICITY } from '../../../shared/codes/ethnicity'
import { childrenOf, regionByCode } from '../../../shared/codes/regions'
import { formatYmd } from '../../../shared/dates/calendar'
import { idCheckDigit } from '../../../shared/idcard/idCheckDigit'
import type { PersonFields, PersonSeat } from '../../../shared/persons/types'
import { communityCode, DEMO_TOWNSHIPS, townshipCode } from './county'
import { BRAND_CHARS, FEMALE_CHARS, MALE_CHARS, PEN_NAMES, RARE_CHARS, SURNAMES } from './names'
import { Random, Weighted } from './random'

export interface DemoOptions {
  seed: number
  count: number
  /** GB/T 2260 code of this installation's unit: ID numbers carry its counties' codes. */
  unitCode: string
  /** For employer and address names: 新昌 of 新昌县. */
  placeName?: string
  /** Townships (with communities) to spread persons over; the demo county's by default. */
  townships?: readonly DemoTownship[]
}

export interface DemoTownship {
  code: string
  name: string
  communities: readonly { code: string; name: string }[]
}

export const DEFAULT_TOWNSHIPS: readonly DemoTownship[] = DEMO_TOWNSHIPS.map((t, i) => ({
  code: townshipCode(i),
  name: t.name,
  communities: t.communities.map((c, j) => ({ code: communityCode(i, j), name: c })),
}))

const FIRST_YEAR = 1960
const YEARS = 41
const DAYS = YEARS * 366

const CATEGORY = new Weighted<string>([
  ['11', 45],
  ['12', 5],
  ['21', 12],
  ['22', 10],
  ['31', 13],
  ['41', 15],
])
const POLITICAL = new Weighted<string>([
  ['13', 50],
  ['01', 25],
  ['12', 11],
  ['03', 3],
  ['05', 2],
  ['06', 2],
  ['07', 2],
  ['08', 1],
  ['09', 1],
  ['10', 1.5],
  ['04', 1],
  ['11', 0.2],
  ['02', 0.3],
])
const EDUCATION = new Weighted<string>([
  ['21', 40],
  ['31', 25],
  ['14', 12],
  ['11', 2],
  ['61', 15],
  ['41', 6],
])
const DEGREE_OF: Record<string, string> = { '11': '1', '14': '2', '21': '3' }
const TEAM = new Weighted<string>([
  ['1', 5],
  ['2', 10],
  ['3', 85],
])
const TALENT = new Weighted<string>([
  ['1', 60],
  ['2', 30],
  ['3', 9],
  ['4', 1],
])
const STATUS = new Weighted<string>([
  ['1', 92],
  ['2', 3],
  ['3', 3],
  ['4', 2],
])
const STATUS_REASON: Record<string, string> = {
  '2': '本人申请退出',
  '3': '工作调动迁出本县',
  '4': '病故',
}
const TITLE = new Weighted<string>([
  ['1', 5],
  ['2', 25],
  ['3', 40],
  ['4', 30],
])
const SURNAME = new Weighted<string>(SURNAMES)
const GIVEN_LENGTH = new Weighted<number>([
  [1, 30],
  [2, 68],
  [3, 2],
])
const OTHER_ETHNICITIES = ETHNICITY.map((e) => e.code).filter((c) => c !== '01')
const INDUSTRIES = [
  '机械',
  '电子',
  '纺织',
  '化工',
  '建材',
  '食品',
  '科技',
  '贸易',
  '物流',
  '医药',
  '汽车配件',
  '新材料',
  '电器',
  '轴承',
  '茶业',
]
const FOREIGN = ['德丰', '美瑞', '日联', '新加坡华盛', '港华', '台丰', '韩信', '欧凯']
const JOBS: Record<string, readonly string[]> = {
  '11': ['董事长', '总经理', '副总经理', '技术总监', '财务总监', '部门经理', '工程师', '车间主任'],
  '12': ['总经理', '高级经理', '技术经理', '财务经理', '工程师'],
  '21': ['合伙人', '律师', '注册会计师', '主任', '税务师', '资产评估师'],
  '22': ['秘书长', '理事长', '主任', '校长', '院长', '社工'],
  '31': ['书画家', '摄影师', '独立设计师', '签约作家', '演员', '文创工作者'],
  '41': ['主播', '运营总监', '主编', '创始人', '技术总监', '采编'],
}
const EMPLOYER_TYPE: Record<string, string | null> = {
  '11': '民营企业',
  '12': '外商投资企业',
  '21': '中介机构',
  '22': '社会组织',
  '31': null,
  '41': '民营企业',
}
const SOURCES = ['乡镇（街道）报送', '部门推荐', '个人申报', '摸底排查', '商会推荐']
const SECTORS = [
  '经济界',
  '中华全国工商业联合会',
  '无党派人士',
  '社会福利和社会保障界',
  '科学技术界',
  '文化艺术界',
  '特邀人士',
]
const SEAT_LEVEL = new Weighted<string>([
  ['county', 70],
  ['city', 25],
  ['province', 5],
])
const SUBFIELDS = new Map<string, string[]>()
for (const s of CATEGORY_SUBFIELDS)
  SUBFIELDS.set(s.category, [...(SUBFIELDS.get(s.category) ?? []), s.name])
const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '166',
  '173',
  '177',
  '180',
  '181',
  '182',
  '186',
  '187',
  '188',
  '189',
  '191',
  '199',
]

/**
 * County codes the demo ID numbers use: mostly the unit's own county, some from the
 * counties around it (people move); a city or province unit spreads over its counties.
 */
function idRegions(unitCode: string): { own: string[]; others: string[] } {
  const unit = regionByCode(unitCode)
  const counties = (code: string): string[] =>
    childrenOf(code).flatMap((r) => (r.level === 'county' ? [r.code] : counties(r.code)))
  if (!unit) return { own: [unitCode], others: [unitCode] }
  if (unit.level === 'county') {
    const siblings = unit.parent ? counties(unit.parent).filter((c) => c !== unitCode) : []
    return { own: [unitCode], others: siblings.length ? siblings : [unitCode] }
  }
  const below = counties(unitCode)
  return below.length ? { own: below, others: below } : { own: [unitCode], others: [unitCode] }
}

function placeOf(unitCode: string, given?: string): string {
  if (given) return given
  const name = regionByCode(unitCode)?.name ?? '示范县'
  return name.length > 2 ? name.replace(/(自治县|自治州|地区|新区|县|区|市|省|盟|旗)$/, '') : name
}

/**
 * Synthetic persons, deterministic for a seed: weighted surnames (with 曾, 单, 解, 区, 仇 and
 * compound ones), one- to three-character given names with a sprinkle of rare characters,
 * ID numbers with valid check digits, births 1960–2000, the category mix of a real county,
 * townships of the demo county, employers, phones, teams, party mix and some seats.
 * ID numbers are unique: each (county, day, sex) hands out its sequence numbers in turn.
 */
export function* generatePersons(opts: DemoOptions): Generator<PersonFields> {
  const r = new Random(opts.seed)
  const regions = idRegions(opts.unitCode)
  const allRegions = [...new Set([...regions.own, ...regions.others])]
  const regionIndex = new Map(allRegions.map((c, i) => [c, i]))
  const sequence = new Uint16Array(allRegions.length * DAYS * 2)
  const place = placeOf(opts.unitCode, opts.placeName)
  const employers = Math.max(40, Math.ceil(opts.count / 8))
  const province = regionByCode(`${opts.unitCode.slice(0, 2)}0000`)?.name ?? ''
  const townships = opts.townships?.length ? opts.townships : DEFAULT_TOWNSHIPS

  for (let n = 0; n < opts.count; n++) {
    const male = r.chance(0.62)
    const dayIndex = r.int(0, YEARS * 365 - 1)
    const birth = new Date(Date.UTC(FIRST_YEAR, 0, 1) + dayIndex * 86_400_000)
    const birthDate = formatYmd(birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate())
    const region = r.chance(0.85) ? r.pick(regions.own) : r.pick(regions.others)
    const slot =
      ((regionIndex.get(region)! * DAYS + dayIndex) * 2 + (male ? 1 : 0)) % sequence.length
    const k = sequence[slot]!++
    const seq = String((k * 2 + (male ? 1 : 0)) % 1000).padStart(3, '0')
    const first17 = `${region}${birthDate.replace(/-/g, '')}${seq}`
    const idNumber = `${first17}${idCheckDigit(first17)}`

    const pool = male ? MALE_CHARS : FEMALE_CHARS
    let given = ''
    const length = GIVEN_LENGTH.pick(r)
    for (let i = 0; i < length; i++) given += r.pick(pool)
    if (r.chance(0.005)) given = given.slice(0, -1) + r.pick(RARE_CHARS)
    const name = SURNAME.pick(r) + given

    const category = CATEGORY.pick(r)
    const categories = [
      { code: category, detail: r.chance(0.6) ? r.pick(SUBFIELDS.get(category)!) : null },
    ]
    if (r.chance(0.08)) {
      const second = CATEGORY.pick(r)
      if (second !== category) categories.push({ code: second, detail: null })
    }
    const education = EDUCATION.pick(r)
    const politicalStatus = POLITICAL.pick(r)
    const birthYear = birth.getUTCFullYear()
    const joined =
      politicalStatus !== '13' && politicalStatus !== '12'
        ? `${r.int(birthYear + 18, Math.min(2024, birthYear + 45))}-${String(r.int(1, 12)).padStart(2, '0')}`
        : null
    const second =
      politicalStatus === '01' && r.chance(0.03)
        ? r.pick(['05', '06', '07', '08', '09', '10'])
        : null
    const team = TEAM.pick(r)
    const status = STATUS.pick(r)
    const township = townships[r.int(0, townships.length - 1)]!
    const community = township.communities.length ? r.pick(township.communities) : null
    const employer =
      category === '31' ? null : employerName(r.int(0, employers - 1), category, place, province)
    const seats: PersonSeat[] = []
    if (r.chance(0.02)) seats.push(seat(r, 'npc'))
    if (r.chance(0.04)) seats.push(seat(r, 'cppcc'))
    const hasTitle = r.chance(0.3)

    yield {
      name,
      formerNames:
        (category === '41' || category === '31') && r.chance(0.1) ? r.pick(PEN_NAMES) : null,
      sex: male ? '1' : '2',
      ethnicity: r.chance(0.95) ? '01' : r.pick(OTHER_ETHNICITIES),
      birthDate,
      nativePlace: province || null,
      birthPlace: null,
      idNumber,
      politicalStatus,
      politicalJoinedOn: joined,
      politicalStatus2: second,
      politicalJoinedOn2: second
        ? `${r.int(birthYear + 25, Math.min(2024, birthYear + 50))}`
        : null,
      education,
      degree: DEGREE_OF[education] ?? null,
      schoolMajor: null,
      title: null,
      titleLevel: hasTitle ? TITLE.pick(r) : null,
      employer,
      jobTitle: r.pick(JOBS[category]!),
      employerType: EMPLOYER_TYPE[category] ?? null,
      township: township.code,
      community: community?.code ?? null,
      grid: null,
      phone: `${r.pick(PHONE_PREFIXES)}${r.digits(8)}`,
      email: r.chance(0.2) ? `demo${n + 1}@example.com` : null,
      address: `${place}${township.name}${community?.name ?? ''}${r.int(1, 200)}号`,
      team,
      talentLevel: team === '2' ? TALENT.pick(r) : null,
      managementLevel: null,
      status,
      statusDate:
        status === '1' ? null : `${r.int(2019, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}`,
      statusReason: STATUS_REASON[status] ?? null,
      source: r.pick(SOURCES),
      collectedOn: `${r.int(2018, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      remarks: null,
      performance: null,
      influence: null,
      categories,
      tags: [],
      seats,
      posts: [],
      educations: [],
      awards: [],
    }
  }
}

function seat(r: Random, body: 'npc' | 'cppcc'): PersonSeat {
  const start = r.pick([2016, 2021, 2022])
  return {
    body,
    session: r.pick(['第十六届', '第十七届', '第十八届']),
    level: SEAT_LEVEL.pick(r),
    post: body === 'npc' ? '代表' : r.pick(['委员', '委员', '常委']),
    termStart: String(start),
    termEnd: String(start + 5),
    sector: body === 'cppcc' ? r.pick(SECTORS) : null,
  }
}

/** Employer i of a category: a stable name, so that many persons share an employer. */
function employerName(i: number, category: string, place: string, province: string): string {
  const b = BRAND_CHARS
  const brand = b[(i * 7) % b.length]! + b[(i * 13 + 5) % b.length]!
  const industry = INDUSTRIES[i % INDUSTRIES.length]!
  switch (category) {
    case '12':
      return `${FOREIGN[i % FOREIGN.length]}${industry}（${province.replace(/省|市$/, '') || place}）有限公司`
    case '21':
      return `${province.replace(/省$/, '')}${brand}${['律师事务所', '会计师事务所', '税务师事务所', '资产评估有限公司', '专利代理事务所'][i % 5]}`
    case '22':
      return `${place}${[`${industry}行业协会`, `${brand}公益基金会`, `${brand}社会工作服务中心`, `${brand}学校`, `${brand}医院`][i % 5]}`
    case '41':
      return `${place}${brand}${['文化传媒有限公司', '网络科技有限公司', '传媒工作室'][i % 3]}`
    default:
      return `${place}${brand}${industry}有限公司`
  }
}
