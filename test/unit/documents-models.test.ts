import { describe, expect, it } from 'vitest'
import { buildActivityLedger, type LedgerActivity } from '../../shared/documents/activityLedger'
import { chineseSpan, fitFontSize, formatYuan } from '../../shared/documents/format'
import { contentHeight, contentWidth, PERSON_FORM_LAYOUT } from '../../shared/documents/geometry'
import { buildPersonForm } from '../../shared/documents/personForm'
import { buildRoster } from '../../shared/documents/roster'
import { buildSignInSheet } from '../../shared/documents/signInSheet'
import type { PersonFields } from '../../shared/persons/types'

const activity = {
  title: '新联会理事会议',
  startDate: '2025-03-12',
  startTime: '09:00',
  endDate: null,
  place: '县委党校201会议室',
  hostUnits: ['县委统战部'],
  organizerUnits: ['县新联会', '城关镇新联会'],
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10

describe('sign-in sheet model', () => {
  const people = [3, 1, 2].map((seq) => ({
    seq,
    name: `人员${seq}`,
    sex: seq === 2 ? '2' : '1',
    employer: '华达机械有限公司',
    jobTitle: '总经理',
    phone: '13812345678',
  }))

  it('has the title, time and place, organizer, and the 应到/实到 footer', () => {
    const sheet = buildSignInSheet(activity, people, { blankRows: 2 })
    expect(sheet.title).toBe('新联会理事会议签到表')
    expect(sheet.infoLines[0]).toBe('时间：2025年3月12日 09:00　　地点：县委党校201会议室')
    expect(sheet.infoLines[1]).toBe('主办单位：县委统战部　　承办单位：县新联会、城关镇新联会')
    expect(sheet.footer).toBe('应到 3 人　实到 ___ 人')
    expect(sheet.pages.at(-1)!.footer).toBe(sheet.footer)
    expect(sheet.pages.at(-1)!.label).toBe('第 1 页 共 1 页')
  })

  it('prints rows by 序号 with sex names, then blank rows without numbers', () => {
    const rows = buildSignInSheet(activity, people, { blankRows: 2 }).pages.flatMap((p) => p.rows)
    expect(rows.map((r) => r.seq)).toEqual(['1', '2', '3', '', ''])
    expect(rows.map((r) => r.sex)).toEqual(['男', '女', '男', '', ''])
    expect(rows.slice(3).every((r) => r.blank && r.name === '')).toBe(true)
  })

  it('has the six columns across the type area, phones only when asked and masked', () => {
    const plain = buildSignInSheet(activity, people, { blankRows: 0 })
    expect(plain.columns.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '性别',
      '工作单位',
      '职务',
      '签名',
    ])
    expect(sum(plain.columns.map((c) => c.widthMm))).toBe(contentWidth(plain.layout.page))
    expect(plain.pages[0]!.rows.every((r) => r.phone === '')).toBe(true)
    const withPhone = buildSignInSheet(activity, people, { blankRows: 0, showPhone: true })
    expect(withPhone.columns.map((c) => c.key)).toContain('phone')
    expect(withPhone.pages[0]!.rows[0]!.phone).toBe('138****5678')
  })

  it('still prints one row to sign on when the list is empty', () => {
    const sheet = buildSignInSheet(activity, [], { blankRows: 0 })
    expect(sheet.pages).toHaveLength(1)
    expect(sheet.pages[0]!.rows).toHaveLength(1)
    expect(sheet.footer).toBe('应到 0 人　实到 ___ 人')
  })
})

describe('roster model', () => {
  const persons = [
    {
      name: '张三',
      sex: '1',
      idNumber: '330621198503121234',
      phone: '13812345678',
      employer: '华达机械有限公司',
      township: '001',
      categories: ['11', '41'],
      politicalStatus: '05',
    },
    { name: '李四', sex: '2', idNumber: null, phone: null, township: '999' },
  ]
  const options = {
    title: '城关镇代表人士花名册',
    unitName: '示例县委统战部',
    date: '2025-03-12',
    columns: ['phone', 'name', 'idNumber', 'township', 'categories', 'politicalStatus'] as const,
    names: { township: { '001': '城关镇' } },
  }

  it('is landscape, masks ID numbers and phones by default, and says so', () => {
    const r = buildRoster(persons, { ...options, columns: [...options.columns] })
    expect(r.layout.page.orientation).toBe('landscape')
    expect(r.masked).toBe(true)
    // Catalogue order, 序号 first, whatever order the columns were chosen in.
    expect(r.columns.map((c) => c.key)).toEqual([
      'seq',
      'name',
      'idNumber',
      'politicalStatus',
      'categories',
      'township',
      'phone',
    ])
    expect(r.pages[0]!.rows[0]).toEqual([
      '1',
      '张三',
      '3306**********1234',
      '民盟盟员',
      '民营企业管理技术人员、新媒体从业人员',
      '城关镇',
      '138****5678',
    ])
    // An unknown dictionary code prints as the code, empty values as empty cells.
    expect(r.pages[0]!.rows[1]).toEqual(['2', '李四', '', '', '', '999', ''])
    expect(r.infoLines[0]).toContain('已脱敏')
    expect(sum(r.columns.map((c) => c.widthMm))).toBe(contentWidth(r.layout.page))
  })

  it('shows full values only when asked', () => {
    const r = buildRoster(persons, { ...options, columns: ['name', 'idNumber'], masked: false })
    expect(r.pages[0]!.rows[0]).toEqual(['1', '张三', '330621198503121234'])
    expect(r.infoLines[0]).not.toContain('已脱敏')
  })

  it('falls back to the default columns and repeats only the header after page one', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `人员${i}` }))
    const r = buildRoster(many, { ...options, columns: [] })
    expect(r.columns.length).toBeGreaterThan(5)
    expect(r.pages.length).toBeGreaterThan(2)
    expect(r.pages.map((p) => p.showTitle)).toEqual(r.pages.map((_, i) => i === 0))
    expect(r.pages.flatMap((p) => p.rows.map((row) => row[0]))).toEqual(
      many.map((_, i) => String(i + 1)),
    )
    expect(r.pages.at(-1)!.footer).toBe('合计 60 人')
  })
})

describe('activity ledger model', () => {
  const base: LedgerActivity = {
    startDate: '2025-05-01',
    endDate: null,
    title: '',
    typeName: '社会服务',
    isTraining: false,
    place: null,
    hostUnits: [],
    organizerUnits: [],
    participants: 0,
    beneficiaries: null,
    donationFen: null,
    goodsFen: null,
    volunteerHours: null,
    onlineViews: null,
  }
  const list: LedgerActivity[] = [
    {
      ...base,
      title: '义诊进社区',
      startDate: '2025-06-01',
      participants: 20,
      beneficiaries: 300,
      donationFen: 1_234_56,
      volunteerHours: 40.5,
    },
    {
      ...base,
      title: '年度培训班',
      startDate: '2025-03-10',
      endDate: '2025-03-12',
      typeName: '培训',
      isTraining: true,
      participants: 45,
    },
    {
      ...base,
      title: '助学捐赠',
      startDate: '2025-09-01',
      typeName: '公益慈善',
      participants: 12,
      donationFen: 5_000_000,
      goodsFen: 250_000,
      onlineViews: 1800,
    },
  ]

  it('lists activities by date with their figures, and totals them', () => {
    const l = buildActivityLedger(2025, list, { unitName: '示例县委统战部', date: '2025-12-31' })
    expect(l.title).toBe('2025年度活动台账')
    const rows = l.pages.flatMap((p) => p.rows)
    expect(rows.map((r) => r[2])).toEqual(['年度培训班', '义诊进社区', '助学捐赠'])
    expect(rows[0]![1]).toBe('2025.03.10—03.12')
    expect(rows[1]![8]).toBe('1,234.56')
    expect(l.totals).toMatchObject({
      activities: 3,
      participantTimes: 77,
      trainings: 1,
      trainingTimes: 45,
      beneficiaries: 300,
      donationFen: 5_123_456,
      goodsFen: 250_000,
      onlineViews: 1800,
    })
    expect(l.totalRow[6]).toBe('77')
    expect(l.totalRow[8]).toBe('51,234.56')
    expect(l.summaryLines[0]).toBe('全年开展活动 3 场次，参加 77 人次；其中培训 1 期，45 人次。')
    // (51,234.56 + 2,500.00) 元 = 5.37 万元.
    expect(l.summaryLines[1]).toContain('合计 5.37 万元')
    expect(l.pages.at(-1)!.footer).toContain('全年开展活动 3 场次')
  })
})

describe('person registration form model', () => {
  const person: PersonFields = {
    name: '王五',
    formerNames: null,
    sex: '1',
    ethnicity: '01',
    birthDate: '1985-03-12',
    nativePlace: '浙江示例',
    birthPlace: null,
    idNumber: '330621198503121234',
    politicalStatus: '12',
    politicalJoinedOn: null,
    politicalStatus2: null,
    politicalJoinedOn2: null,
    education: '21',
    degree: '3',
    schoolMajor: '浙江大学 机械工程',
    title: '工程师',
    titleLevel: '3',
    employer: '华达机械有限公司',
    jobTitle: '总经理',
    employerType: '民营企业',
    township: '001',
    community: null,
    grid: null,
    phone: '13812345678',
    email: null,
    address: null,
    team: '1',
    talentLevel: null,
    managementLevel: null,
    status: '1',
    statusDate: null,
    statusReason: null,
    source: null,
    collectedOn: null,
    remarks: null,
    performance: '热心公益'.repeat(60),
    influence: null,
    categories: [{ code: '11', detail: null }],
    tags: [],
    seats: [],
    posts: [],
    educations: [],
    awards: [],
  }
  const input = {
    person,
    memberships: [],
    activities: Array.from({ length: 40 }, (_, i) => ({
      date: '2025-01-01',
      title: `活动${i + 1}`,
      typeName: '理论学习',
      role: '参加',
    })),
    activitySummary: '参加活动 40 次，培训 0 期',
    unitName: '示例县委统战部',
    date: '2025-03-12',
    names: { township: { '001': '城关镇' } },
  }

  it('has every section, masked by default', () => {
    const form = buildPersonForm(input)
    const blocks = form.pages.flatMap((p) => p.blocks)
    const titles = [...new Set(blocks.map((b) => b.title))]
    expect(titles).toEqual([
      '基本情况',
      '工作与联系方式',
      '类别与管理',
      '人大代表、政协委员任职',
      '所在组织及职务',
      '社会职务',
      '教育经历',
      '获奖情况',
      '参加活动和培训（参加活动 40 次，培训 0 期）',
      '主要表现',
      '社会影响',
      '备注',
    ])
    const cells = blocks.flatMap((b) => (b.kind === 'grid' ? b.rows.flat() : []))
    expect(cells.map((c) => c.value)).toContain('3306**********1234')
    expect(cells.map((c) => c.value)).toContain('138****5678')
    expect(cells.map((c) => c.value)).toContain('城关镇')
    expect(buildPersonForm({ ...input, masked: false }).pages[0]!.blocks[0]).toMatchObject({
      kind: 'grid',
    })
  })

  it('splits long tables over pages within the page height, keeping every activity', () => {
    const form = buildPersonForm(input)
    expect(form.pages.length).toBeGreaterThan(1)
    const height = contentHeight(PERSON_FORM_LAYOUT.page)
    form.pages.forEach((p, i) => {
      const head = i === 0 ? PERSON_FORM_LAYOUT.titleMm + PERSON_FORM_LAYOUT.infoMm : 0
      expect(head + p.blocks.reduce((s, b) => s + b.heightMm, 0)).toBeLessThanOrEqual(height)
      expect(p.label).toBe(`第 ${i + 1} 页 共 ${form.pages.length} 页`)
    })
    const activityRows = form.pages
      .flatMap((p) => p.blocks)
      .filter((b) => b.kind === 'table' && b.title.startsWith('参加活动'))
      .flatMap((b) => (b.kind === 'table' ? b.rows : []))
    expect(activityRows.map((r) => r[1])).toEqual(input.activities.map((a) => a.title))
  })
})

describe('formatting', () => {
  it('writes money from 分 and date spans the way forms do', () => {
    expect(formatYuan(0)).toBe('0.00')
    expect(formatYuan(123_456_789)).toBe('1,234,567.89')
    expect(chineseSpan('2025-03-30', null, '2025-04-02')).toBe('2025年3月30日至4月2日')
    expect(chineseSpan('2025-03-12', '14:30', '2025-03-14')).toBe('2025年3月12日 14:30至14日')
  })

  it('shrinks a long unit name to fit its cell but not below the floor', () => {
    expect(fitFontSize('华达', 40, 12)).toBe(12)
    const long = '浙江省示例县华达精密机械制造股份有限公司城关分公司'
    const size = fitFontSize(long, 40, 12)
    expect(size).toBeLessThan(12)
    expect(size).toBeGreaterThanOrEqual(7)
  })
})
