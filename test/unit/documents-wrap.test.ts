import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textEms } from '../../shared/documents/format'
import { contentHeight, ROSTER_LAYOUT } from '../../shared/documents/geometry'
import { paginateRows } from '../../shared/documents/paginate'
import { buildRoster } from '../../shared/documents/roster'
import { buildSignInSheet } from '../../shared/documents/signInSheet'
import { MIN_CELL_PT, MIN_TITLE_PT } from '../../shared/documents/tableLayout'
import { cellHeightMm, emsAcross, wrapText } from '../../shared/documents/wrapText'

const EMPLOYERS = [
  '浙江新昌经济开发区智能装备制造产业园管理委员会下属投资发展有限公司',
  '新昌县羽林街道城东社区居民委员会物业管理服务中心（筹）第二分部',
  'ABC Technology (Shaoxing) Co., Ltd. 新昌分公司',
]

describe('wrapped cell text', () => {
  it('keeps every character, in order, on lines no wider than the cell', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('张', '县', 'A', '1', '（', '）', '、', ' ', '·'),
          maxLength: 60,
        }),
        fc.double({ min: 8, max: 80, noNaN: true }),
        fc.constantFrom(9, 10.5, 12),
        (text, widthMm, pt) => {
          const lines = wrapText(text, widthMm, pt)
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
          const cap = Math.max(1, emsAcross(widthMm, pt))
          for (const l of lines) expect(textEms(l)).toBeLessThanOrEqual(cap + 1e-9)
        },
      ),
    )
  })

  it('balances lines instead of leaving one stray character', () => {
    const lines = wrapText('民营企业管理技术人员', 20, 10.5)
    expect(lines.length).toBeGreaterThan(1)
    expect(Math.min(...lines.map((l) => l.length))).toBeGreaterThan(1)
    const employer = wrapText(EMPLOYERS[1]!, 30, 10.5)
    expect(employer.at(-1)!.length).toBeGreaterThan(1)
  })

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    for (const w of [18, 22, 26, 30, 40])
      for (const line of wrapText(EMPLOYERS[1]!, w, 10.5)) {
        expect(line).not.toMatch(/^[、，）]/)
        expect(line).not.toMatch(/（$/)
      }
  })
})

describe('pagination by row heights', () => {
  const frame = { bodyMm: 100, firstHeadMm: 30, laterHeadMm: 10, footerMm: 8, repeatTitle: false }

  it('fills each page with rows as tall as they are, footer with the last rows', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 6, max: 40, noNaN: true }), { maxLength: 60 }), (h) => {
        const pages = paginateRows(h, frame)
        expect(pages[0]!.from).toBe(0)
        expect(pages.at(-1)!.to).toBe(h.length)
        pages.forEach((p, i) => {
          if (i > 0) expect(p.from).toBe(pages[i - 1]!.to)
          const used = h.slice(p.from, p.to).reduce((a, b) => a + b, 0)
          const room =
            frame.bodyMm -
            (i === 0 ? frame.firstHeadMm : frame.laterHeadMm) -
            (p.showFooter ? frame.footerMm : 0)
          if (h.length > 0) expect(p.to - p.from).toBeGreaterThanOrEqual(1)
          // A single row taller than the page may overflow alone; otherwise rows fit.
          if (p.to - p.from > 1) expect(used).toBeLessThanOrEqual(room + 1e-6)
        })
        expect(pages.map((p) => p.showFooter)).toEqual(pages.map((_, i) => i === pages.length - 1))
      }),
    )
  })
})

describe('a 花名册 of long real text', () => {
  const people = Array.from({ length: 60 }, (_, i) => ({
    name: `人员${i}`,
    sex: '1',
    birthDate: '1985-03-12',
    education: i % 2 ? '11' : '61',
    employer: EMPLOYERS[i % EMPLOYERS.length]!,
    jobTitle: '副主任（主持工作）、首席法律顾问',
    categories: ['11', '21', '41'],
    phone: '13812345678',
  }))
  const roster = buildRoster(people, {
    title:
      '2025年度全县新的社会阶层人士代表人物暨新联会会员学习贯彻党的二十届三中全会精神专题研讨交流会参加人员花名册',
    unitName: '新昌县委统战部',
    date: '2025-03-12',
    columns: [],
  })

  it('grows rows to hold their wrapped text and pages within the type area', () => {
    const all = roster.pages.flatMap((p) => p.rowHeights)
    expect(all).toHaveLength(60)
    expect(Math.max(...all)).toBeGreaterThan(ROSTER_LAYOUT.rowMm)
    roster.pages.forEach((p, i) => {
      const head = (i === 0 ? roster.head.titleMm + roster.head.infoMm : 0) + roster.type.headerMm
      const rows = p.rowHeights.reduce((a, b) => a + b, 0)
      const footer = p.footer === null ? 0 : ROSTER_LAYOUT.footerMm
      expect(head + rows + footer).toBeLessThanOrEqual(contentHeight(ROSTER_LAYOUT.page) + 1e-6)
      // Every cell's lines fit its row.
      p.rows.forEach((row, r) =>
        roster.columns.forEach((c, k) =>
          expect(
            cellHeightMm(wrapText(row[k]!, c.widthMm, roster.type.pt).length, roster.type.pt),
          ).toBeLessThanOrEqual(p.rowHeights[r]! + 1e-6),
        ),
      )
    })
  })

  it('sizes columns by what they hold, at a readable size, headers on one line', () => {
    const width = (key: string) => roster.columns.find((c) => c.key === key)!.widthMm
    expect(width('employer')).toBeGreaterThan(width('name'))
    expect(roster.type.pt).toBeGreaterThanOrEqual(MIN_CELL_PT)
    for (const c of roster.columns)
      expect(wrapText(c.label, c.widthMm, roster.type.pt), c.label).toHaveLength(1)
    // 学历 stays on one line: 博士研究生毕业 is short enough to be given its width.
    const edu = roster.columns.findIndex((c) => c.key === 'education')
    for (const row of roster.pages.flatMap((p) => p.rows))
      expect(wrapText(row[edu]!, roster.columns[edu]!.widthMm, roster.type.pt)).toHaveLength(1)
  })

  it('wraps a long title onto a second line at a title size, not a tiny one', () => {
    expect(roster.head.titleLines.length).toBe(2)
    expect(roster.head.titlePt).toBeGreaterThanOrEqual(MIN_TITLE_PT)
    expect(roster.head.titleLines.join('')).toBe(roster.title)
  })

  it('is marked demo only when it lists demo persons', () => {
    expect(roster.demo).toBe(false)
    const mixed = buildRoster([...people.slice(0, 2), { name: '演示人', isDemo: true }], {
      title: 't',
      unitName: 'u',
      date: '2025-01-01',
      columns: [],
    })
    expect(mixed.demo).toBe(true)
  })
})

describe('a 签到表 with a long title', () => {
  it('keeps the title above 时间/地点 at least as large as they are', () => {
    const sheet = buildSignInSheet(
      {
        title:
          '2025年度全县新的社会阶层人士代表人物暨新联会会员学习贯彻党的二十届三中全会精神专题研讨交流会',
        startDate: '2025-03-12',
        startTime: '14:30',
        endDate: null,
        place: '县行政中心三楼第一会议室',
        hostUnits: ['中共新昌县委统战部'],
        organizerUnits: ['新昌县新联会'],
      },
      [
        {
          seq: 1,
          name: '张三',
          sex: '1',
          employer: EMPLOYERS[0]!,
          jobTitle: '董事长',
          isDemo: true,
        },
      ],
      { blankRows: 3 },
    )
    expect(sheet.head.titlePt).toBeGreaterThanOrEqual(sheet.head.infoPt)
    expect(sheet.head.titleLines.length).toBe(2)
    expect(sheet.demo).toBe(true)
  })
})
