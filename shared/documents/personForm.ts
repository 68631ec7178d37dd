import { categoriesText, codeText, localName, politicalText, type LocalNames } from './codeText'
import { personFormText as text } from '../i18n/documents'
import { personFieldLabels as labels } from '../i18n/persons'
import { maskIdNumber, maskPhone } from '../privacy/mask'
import { maskForViewer } from '../privacy/viewerView'
import type { PersonFields } from '../persons/types'
import { dottedDate } from './format'
import { contentHeight, PERSON_FORM_LAYOUT } from './geometry'
import { pageLabel } from './paginate'

export interface FormCell {
  label?: string
  value?: string
  /** Columns of the 7-column grid (three label/value pairs and the photo column). */
  span: number
  rowSpan?: number
  photo?: boolean
}

export type FormBlock =
  | { kind: 'grid'; title: string; rows: FormCell[][]; heightMm: number }
  | {
      kind: 'table'
      title: string
      columns: string[]
      rows: string[][]
      /** A later part of a table split over pages. */
      continued: boolean
      heightMm: number
    }
  | { kind: 'text'; title: string; text: string; continued: boolean; heightMm: number }

export interface PersonFormMembership {
  organization: string
  post: string
  term: string | null
  startDate: string | null
  endDate: string | null
}

export interface PersonFormActivity {
  date: string
  title: string
  typeName: string
  role: string
}

export interface PersonFormInput {
  person: PersonFields
  isDemo?: boolean
  memberships: readonly PersonFormMembership[]
  activities: readonly PersonFormActivity[]
  /** `参加活动 N 次，培训 N 期`. */
  activitySummary: string
  unitName: string
  date: string
  masked?: boolean
  names?: LocalNames
}

export interface PersonForm {
  kind: 'personForm'
  title: string
  infoLines: string[]
  masked: boolean
  /** The person is a fictional demo person: every page says 演示数据. */
  demo: boolean
  pages: { number: number; total: number; label: string; blocks: FormBlock[] }[]
}

const L = PERSON_FORM_LAYOUT
const cell = (label: string, value: string | null | undefined, span = 1): FormCell[] => [
  { label, span: 1 },
  { value: value ?? '', span },
]
const span = (a: string | null, b: string | null) => text.span(dottedDate(a), dottedDate(b))

function grid(title: string, rows: FormCell[][]): FormBlock {
  return { kind: 'grid', title, rows, heightMm: L.sectionTitleMm + rows.length * L.gridRowMm }
}

function table(title: string, columns: string[], rows: string[][], continued = false): FormBlock {
  const body = Math.max(rows.length, 1) * L.tableRowMm
  return {
    kind: 'table',
    title,
    columns,
    rows,
    continued,
    heightMm: L.sectionTitleMm + L.tableHeaderMm + body,
  }
}

/** Lines a text takes in a full-width cell: wrapped at textCharsPerLine, at least two. */
export function textLines(value: string): string[] {
  const lines: string[] = []
  const paras = value.split('\n')
  paras.forEach((para, i) => {
    const chars = [...para]
    if (chars.length === 0) lines.push('')
    for (let c = 0; c < chars.length; c += L.textCharsPerLine)
      lines.push(chars.slice(c, c + L.textCharsPerLine).join(''))
    // Keeps paragraph breaks when a split text is joined back from its lines.
    if (i < paras.length - 1) lines[lines.length - 1] += '\n'
  })
  return lines
}

function textBlock(title: string, value: string, continued = false): FormBlock {
  const lines = Math.max(2, textLines(value).length)
  return {
    kind: 'text',
    title,
    text: value,
    continued,
    heightMm: L.sectionTitleMm + lines * L.textLineMm,
  }
}

/** Every section of the registration form, in the order of the paper form. */
export function personFormBlocks(input: PersonFormInput): FormBlock[] {
  const masked = input.masked ?? true
  // Masked: the year of birth only, and numbers typed into any text masked as well.
  const p = masked ? maskForViewer(input.person) : input.person
  const names = input.names ?? {}
  const id = p.idNumber ? (masked ? maskIdNumber(input.person.idNumber!) : p.idNumber) : ''
  const phone = p.phone ? (masked ? maskPhone(input.person.phone!) : p.phone) : ''
  const s = text.sections
  const photo: FormCell = { label: text.photo, span: 1, rowSpan: 4, photo: true }
  const blocks: FormBlock[] = [
    grid(s.basic, [
      [
        ...cell(labels.name, p.name),
        ...cell(labels.sex, codeText('sex', p.sex)),
        ...cell(labels.birthDate, dottedDate(p.birthDate)),
        photo,
      ],
      [
        ...cell(labels.formerNames, p.formerNames),
        ...cell(labels.ethnicity, codeText('ethnicity', p.ethnicity)),
        ...cell(labels.nativePlace, p.nativePlace),
      ],
      [
        ...cell(labels.politicalStatus, politicalText(p.politicalStatus)),
        ...cell(labels.politicalJoinedOn, dottedDate(p.politicalJoinedOn)),
        ...cell(labels.birthPlace, p.birthPlace),
      ],
      [
        ...cell(labels.politicalStatus2, politicalText(p.politicalStatus2)),
        ...cell(labels.politicalJoinedOn2, dottedDate(p.politicalJoinedOn2)),
        ...cell(labels.degree, codeText('degree', p.degree)),
      ],
      [
        ...cell(labels.idNumber, id, 3),
        ...cell(labels.education, codeText('education', p.education), 2),
      ],
      [
        ...cell(labels.schoolMajor, p.schoolMajor, 3),
        ...cell(
          labels.title,
          [p.title, codeText('titleLevel', p.titleLevel)].filter(Boolean).join(' '),
          2,
        ),
      ],
    ]),
    grid(s.work, [
      [...cell(labels.employer, p.employer, 3), ...cell(labels.jobTitle, p.jobTitle, 2)],
      [
        ...cell(labels.employerType, p.employerType),
        ...cell(labels.phone, phone),
        ...cell(labels.email, p.email, 2),
      ],
      [...cell(labels.address, p.address, 6)],
    ]),
    grid(s.belonging, [
      [
        ...cell(
          labels.categories,
          p.categories
            .map((c) =>
              c.detail ? `${categoriesText([c.code])}（${c.detail}）` : categoriesText([c.code]),
            )
            .join('、'),
          6,
        ),
      ],
      [
        ...cell(labels.team, codeText('team', p.team)),
        ...cell(labels.talentLevel, codeText('talentLevel', p.talentLevel)),
        ...cell(labels.managementLevel, p.managementLevel, 2),
      ],
      [
        ...cell(labels.township, localName(names, 'township', p.township)),
        ...cell(labels.community, localName(names, 'community', p.community)),
        ...cell(labels.grid, p.grid, 2),
      ],
      [
        ...cell(labels.status, codeText('status', p.status)),
        ...cell(labels.source, p.source),
        ...cell(labels.collectedOn, dottedDate(p.collectedOn), 2),
      ],
    ]),
    table(
      s.seats,
      text.seatColumns,
      p.seats.map((x) => [
        x.body === 'npc' ? '人大代表' : '政协委员',
        x.session ?? '',
        x.level ?? '',
        x.post ?? '',
        span(x.termStart, x.termEnd),
        x.sector ?? '',
      ]),
    ),
    table(
      s.memberships,
      text.membershipColumns,
      input.memberships.map((m) => [
        m.organization,
        m.post,
        m.term ?? '',
        span(m.startDate, m.endDate),
      ]),
    ),
    table(
      s.posts,
      text.postColumns,
      p.posts.map((x) => [x.org, x.post ?? '', span(x.start, x.end)]),
    ),
    table(
      s.educations,
      text.educationColumns,
      p.educations.map((x) => [
        x.school,
        x.major ?? '',
        codeText('education', x.education),
        codeText('degree', x.degree),
        span(x.start, x.end),
      ]),
    ),
    table(
      s.awards,
      text.awardColumns,
      p.awards.map((x) => [x.name, x.level ?? '', dottedDate(x.date), x.issuer ?? '']),
    ),
    table(
      `${s.activities}（${input.activitySummary}）`,
      text.activityColumns,
      input.activities.map((a) => [dottedDate(a.date), a.title, a.typeName, a.role]),
    ),
    textBlock(s.performance, p.performance ?? ''),
    textBlock(s.influence, p.influence ?? ''),
    textBlock(s.remarks, p.remarks ?? ''),
  ]
  return blocks
}

/**
 * Lays blocks onto A4 pages. Grids stay whole; tables and long texts split between rows or
 * lines, each part keeping its title (and a table its header), so no part is a bare title.
 */
export function paginateBlocks(
  blocks: readonly FormBlock[],
  firstPageHeadMm: number,
): FormBlock[][] {
  const pageHeight = contentHeight(L.page)
  const pages: FormBlock[][] = [[]]
  let free = pageHeight - firstPageHeadMm
  const newPage = () => {
    pages.push([])
    free = pageHeight
  }
  const place = (b: FormBlock) => {
    pages[pages.length - 1]!.push(b)
    free -= b.heightMm
  }
  for (const block of blocks) {
    let rest: FormBlock | null = block
    while (rest) {
      if (rest.heightMm <= free) {
        place(rest)
        rest = null
      } else if (rest.kind === 'table' && rest.rows.length > 1) {
        const fit = Math.floor((free - L.sectionTitleMm - L.tableHeaderMm) / L.tableRowMm)
        if (fit < 1) {
          newPage()
          continue
        }
        place(table(rest.title, rest.columns, rest.rows.slice(0, fit), rest.continued))
        rest = table(rest.title, rest.columns, rest.rows.slice(fit), true)
        newPage()
      } else if (rest.kind === 'text' && textLines(rest.text).length > 2) {
        const lines = textLines(rest.text)
        const fit = Math.floor((free - L.sectionTitleMm) / L.textLineMm)
        if (fit < 2) {
          newPage()
          continue
        }
        place(textBlock(rest.title, lines.slice(0, fit).join(''), rest.continued))
        rest = textBlock(rest.title, lines.slice(fit).join(''), true)
        newPage()
      } else if (pages[pages.length - 1]!.length === 0) {
        // Taller than a whole page and not splittable: it gets a page of its own.
        place(rest)
        rest = null
      } else {
        newPage()
      }
    }
  }
  return pages.filter((p) => p.length > 0)
}

/** The 登记表 of one person: every section, masked by default, on A4 portrait pages. */
export function buildPersonForm(input: PersonFormInput): PersonForm {
  const pages = paginateBlocks(personFormBlocks(input), L.titleMm + L.infoMm)
  return {
    kind: 'personForm',
    title: text.title,
    infoLines: [text.info(input.unitName, input.date)],
    masked: input.masked ?? true,
    demo: input.isDemo ?? false,
    pages: pages.map((blocks, i) => ({
      number: i + 1,
      total: pages.length,
      label: pageLabel(i + 1, pages.length),
      blocks,
    })),
  }
}
