import { rosterText as text } from '../i18n/documents'
import { maskIdNumber, maskPhone } from '../privacy/mask'
import { maskForViewer } from '../privacy/viewerView'
import type { SeatBody } from '../persons/types'
import { categoriesText, codeText, localName, politicalText, type LocalNames } from './codeText'
import type { DocColumn } from './columns'
import { dottedDate } from './format'
import { ROSTER_LAYOUT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

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
  /** A fictional person of the demo data. */
  isDemo?: boolean
}

interface ColumnSpec {
  /** Numbers, dates and codes stay on one line; other text wraps in the room left. */
  noWrap?: boolean
  align?: DocColumn['align']
  value(p: RosterPerson, names: LocalNames, masked: boolean): string
}

const s = (v: string | null | undefined) => v ?? ''

/** Every column a roster can show, in the order they print; their text sizes them. */
export const ROSTER_COLUMNS = {
  name: { value: (p) => p.name },
  formerNames: { value: (p) => s(p.formerNames) },
  sex: { noWrap: true, value: (p) => codeText('sex', p.sex) },
  ethnicity: { value: (p) => codeText('ethnicity', p.ethnicity) },
  birthDate: { noWrap: true, value: (p) => dottedDate(p.birthDate) },
  age: { noWrap: true, value: (p) => (p.age === null || p.age === undefined ? '' : String(p.age)) },
  nativePlace: { value: (p) => s(p.nativePlace) },
  idNumber: {
    noWrap: true,
    value: (p, _n, masked) => (p.idNumber ? (masked ? maskIdNumber(p.idNumber) : p.idNumber) : ''),
  },
  politicalStatus: {
    value: (p) => politicalText(p.politicalStatus, p.politicalStatus2),
  },
  education: { value: (p) => codeText('education', p.education) },
  degree: { noWrap: true, value: (p) => codeText('degree', p.degree) },
  schoolMajor: { align: 'left', value: (p) => s(p.schoolMajor) },
  title: { value: (p) => s(p.title) },
  titleLevel: { value: (p) => codeText('titleLevel', p.titleLevel) },
  employer: { align: 'left', value: (p) => s(p.employer) },
  jobTitle: { value: (p) => s(p.jobTitle) },
  employerType: { value: (p) => s(p.employerType) },
  categories: { align: 'left', value: (p) => categoriesText(p.categories ?? []) },
  team: { value: (p) => codeText('team', p.team) },
  talentLevel: { value: (p) => codeText('talentLevel', p.talentLevel) },
  township: { value: (p, n) => localName(n, 'township', p.township) },
  community: { value: (p, n) => localName(n, 'community', p.community) },
  phone: {
    noWrap: true,
    value: (p, _n, masked) => (p.phone ? (masked ? maskPhone(p.phone) : p.phone) : ''),
  },
  email: { align: 'left', value: (p) => s(p.email) },
  address: { align: 'left', value: (p) => s(p.address) },
  seats: {
    value: (p) => (p.seats ?? []).map((b) => text.seats[b] ?? b).join('、'),
  },
  status: { noWrap: true, value: (p) => codeText('status', p.status) },
  post: { value: (p) => s(p.post) },
  remarks: { align: 'left', value: (p) => s(p.remarks) },
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
  /** Title and info lines as printed (wrapped, sized). */
  head: DocHead
  type: TableType
  masked: boolean
  /** Demo persons are on the list: every page and export says 演示数据. */
  demo: boolean
  columns: DocColumn[]
  count: number
  pages: LaidOutPage<string[]>[]
}

/** Type sizes a roster tries, largest first: 5号, then the readable floor. */
const ROSTER_SIZES_PT = [TYPE_SIZES_PT.tableSmall, MIN_CELL_PT]

/** A 花名册: chosen columns in catalogue order after 序号, masked by default, landscape pages. */
export function buildRoster(people: readonly RosterPerson[], options: RosterOptions): Roster {
  const layout = options.layout ?? ROSTER_LAYOUT
  const masked = options.masked ?? true
  const names = options.names ?? {}
  const chosen = ROSTER_COLUMN_KEYS.filter((k) => options.columns.includes(k))
  const keys = chosen.length ? chosen : DEFAULT_ROSTER_COLUMNS
  const specs = [
    { key: 'seq', label: text.columns.seq!, noWrap: true },
    ...keys.map((k) => {
      const spec: ColumnSpec = ROSTER_COLUMNS[k]
      return { key: k, label: text.columns[k]!, noWrap: spec.noWrap, align: spec.align }
    }),
  ]
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
  const infoLines = [masked && showsPrivate ? `${info}\u3000\u3000（${text.maskedNote}）` : info]
  const table = layoutTable({
    layout,
    title: options.title,
    infoLines,
    specs,
    rows,
    cellsOf: (r) => r,
    sizesPt: ROSTER_SIZES_PT,
    footer: text.footer(people.length),
  })
  return {
    kind: 'roster',
    layout,
    title: options.title,
    infoLines,
    head: table.head,
    type: table.type,
    masked,
    demo: people.some((p) => p.isDemo),
    columns: table.columns,
    count: people.length,
    pages: table.pages,
  }
}
