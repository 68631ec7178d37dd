import { rosterText as text } from '../i18n/documents'
import { maskIdNumber, maskPhone } from '../privacy/mask'
import { maskForViewer } from '../privacy/viewerView'
import type { SeatBody } from '../persons/types'
import { categoriesText, codeText, localName, politicalText, type LocalNames } from './codeText'
import { sizeColumns, type DocColumn } from './columns'
import { dottedDate } from './format'
import { contentWidth, ROSTER_LAYOUT, type TableLayout } from './geometry'
import { pageLabel, paginate } from './paginate'
import type { DocPage } from './signInSheet'

/** What a roster row may show; fields not given print empty. */
export interface RosterPerson {
  name: string
  formerNames?: string | null
  sex?: string | null
  ethnicity?: string | null
  birthDate?: string | null
  age?: number | null
  nativePlace?: string | null
  idNumber?: string | null
  politicalStatus?: string | null
  politicalStatus2?: string | null
  education?: string | null
  degree?: string | null
  schoolMajor?: string | null
  title?: string | null
  titleLevel?: string | null
  employer?: string | null
  jobTitle?: string | null
  employerType?: string | null
  categories?: readonly string[]
  team?: string | null
  talentLevel?: string | null
  township?: string | null
  community?: string | null
  phone?: string | null
  email?: string | null
  address?: string | null
  seats?: readonly SeatBody[]
  status?: string | null
  /** Post in the organization the roster is of. */
  post?: string | null
  remarks?: string | null
}

interface ColumnSpec {
  weight: number
  align?: DocColumn['align']
  value(p: RosterPerson, names: LocalNames, masked: boolean): string
}

const s = (v: string | null | undefined) => v ?? ''

/** Every column a roster can show, in the order they print; weights size them. */
export const ROSTER_COLUMNS = {
  name: { weight: 16, value: (p) => p.name },
  formerNames: { weight: 16, value: (p) => s(p.formerNames) },
  sex: { weight: 7, value: (p) => codeText('sex', p.sex) },
  ethnicity: { weight: 9, value: (p) => codeText('ethnicity', p.ethnicity) },
  birthDate: { weight: 14, value: (p) => dottedDate(p.birthDate) },
  age: { weight: 7, value: (p) => (p.age === null || p.age === undefined ? '' : String(p.age)) },
  nativePlace: { weight: 14, value: (p) => s(p.nativePlace) },
  idNumber: {
    weight: 30,
    value: (p, _n, masked) => (p.idNumber ? (masked ? maskIdNumber(p.idNumber) : p.idNumber) : ''),
  },
  politicalStatus: {
    weight: 16,
    value: (p) => politicalText(p.politicalStatus, p.politicalStatus2),
  },
  education: { weight: 16, value: (p) => codeText('education', p.education) },
  degree: { weight: 8, value: (p) => codeText('degree', p.degree) },
  schoolMajor: { weight: 28, align: 'left', value: (p) => s(p.schoolMajor) },
  title: { weight: 18, value: (p) => s(p.title) },
  titleLevel: { weight: 10, value: (p) => codeText('titleLevel', p.titleLevel) },
  employer: { weight: 40, align: 'left', value: (p) => s(p.employer) },
  jobTitle: { weight: 18, value: (p) => s(p.jobTitle) },
  employerType: { weight: 14, value: (p) => s(p.employerType) },
  categories: { weight: 26, align: 'left', value: (p) => categoriesText(p.categories ?? []) },
  team: { weight: 12, value: (p) => codeText('team', p.team) },
  talentLevel: { weight: 10, value: (p) => codeText('talentLevel', p.talentLevel) },
  township: { weight: 16, value: (p, n) => localName(n, 'township', p.township) },
  community: { weight: 16, value: (p, n) => localName(n, 'community', p.community) },
  phone: {
    weight: 20,
    value: (p, _n, masked) => (p.phone ? (masked ? maskPhone(p.phone) : p.phone) : ''),
  },
  email: { weight: 24, align: 'left', value: (p) => s(p.email) },
  address: { weight: 34, align: 'left', value: (p) => s(p.address) },
  seats: {
    weight: 18,
    value: (p) => (p.seats ?? []).map((b) => text.seats[b] ?? b).join('、'),
  },
  status: { weight: 8, value: (p) => codeText('status', p.status) },
  post: { weight: 14, value: (p) => s(p.post) },
  remarks: { weight: 24, align: 'left', value: (p) => s(p.remarks) },
} satisfies Record<string, ColumnSpec>

export type RosterColumnKey = keyof typeof ROSTER_COLUMNS
export const ROSTER_COLUMN_KEYS = Object.keys(ROSTER_COLUMNS) as RosterColumnKey[]

/** What a roster shows when no columns were chosen. */
export const DEFAULT_ROSTER_COLUMNS: RosterColumnKey[] = [
  'name',
  'sex',
  'ethnicity',
  'birthDate',
  'politicalStatus',
  'education',
  'employer',
  'jobTitle',
  'categories',
  'township',
  'phone',
]

export interface RosterOptions {
  title: string
  /** 制表单位. */
  unitName: string
  /** YYYY-MM-DD. */
  date: string
  columns: readonly RosterColumnKey[]
  /** ID numbers and phones masked (the default); full values need a role and an audit row. */
  masked?: boolean
  names?: LocalNames
  layout?: TableLayout
}

export interface Roster {
  kind: 'roster'
  layout: TableLayout
  title: string
  infoLines: string[]
  masked: boolean
  columns: DocColumn[]
  count: number
  pages: DocPage<string[]>[]
}

/** A 花名册: chosen columns in catalogue order after 序号, masked by default, landscape pages. */
export function buildRoster(people: readonly RosterPerson[], options: RosterOptions): Roster {
  const layout = options.layout ?? ROSTER_LAYOUT
  const masked = options.masked ?? true
  const names = options.names ?? {}
  const chosen = ROSTER_COLUMN_KEYS.filter((k) => options.columns.includes(k))
  const keys = chosen.length ? chosen : DEFAULT_ROSTER_COLUMNS
  const columns = sizeColumns(
    [
      { key: 'seq', label: text.columns.seq!, weight: 8 },
      ...keys.map((k) => {
        const spec: ColumnSpec = ROSTER_COLUMNS[k]
        return { key: k, label: text.columns[k]!, weight: spec.weight, align: spec.align }
      }),
    ],
    contentWidth(layout.page),
  )
  // A masked roster keeps the year of birth only and masks numbers typed into any text.
  const rows = people.map((person, i) => {
    const p = masked ? maskForViewer(person) : person
    return [
      String(i + 1),
      ...keys.map((k) => (ROSTER_COLUMNS[k] as ColumnSpec).value(p, names, masked)),
    ]
  })
  const info = text.info(options.unitName, options.date, people.length)
  const showsPrivate = keys.includes('idNumber') || keys.includes('phone')
  const slices = paginate(rows.length, layout)
  return {
    kind: 'roster',
    layout,
    title: options.title,
    infoLines: [masked && showsPrivate ? `${info}\u3000\u3000（${text.maskedNote}）` : info],
    masked,
    columns,
    count: people.length,
    pages: slices.map((sl) => ({
      number: sl.number,
      total: slices.length,
      label: pageLabel(sl.number, slices.length),
      showTitle: sl.showTitle,
      rows: rows.slice(sl.from, sl.to),
      footer: sl.showFooter ? text.footer(people.length) : null,
    })),
  }
}
