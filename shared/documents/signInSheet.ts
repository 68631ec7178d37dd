import { codeName } from '../codes/lookup'
import { SEX } from '../codes/sex'
import { signInText as text } from '../i18n/documents'
import { maskPhone } from '../privacy/mask'
import type { DocColumn } from './columns'
import { chineseSpan, joinUnits } from './format'
import { SIGN_IN_LAYOUT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

export interface SignInActivity {
  title: string
  startDate: string
  startTime: string | null
  endDate: string | null
  place: string | null
  hostUnits: readonly string[]
  organizerUnits: readonly string[]
}

export interface SignInPerson {
  /** The participant's 序号, printed so attendance can be typed back from the sheet. */
  seq: number
  name: string
  /** GB/T 2261.1 code. */
  sex: string | null
  employer: string | null
  jobTitle: string | null
  phone?: string | null
  /** A fictional person of the demo data. */
  isDemo?: boolean
}

export interface SignInOptions {
  /** Empty rows after the list, for walk-ins. */
  blankRows: number
  showPhone?: boolean
  showSignTime?: boolean
  layout?: TableLayout
}

export interface SignInRow {
  /** Empty on blank rows: walk-ins are not in the register, so they get no 序号. */
  seq: string
  name: string
  sex: string
  employer: string
  jobTitle: string
  phone: string
  blank: boolean
}

/** One printed page of a table document. */
export type DocPage<R> = LaidOutPage<R>

export interface SignInSheet {
  kind: 'signIn'
  layout: TableLayout
  title: string
  infoLines: string[]
  head: DocHead
  type: TableType
  /** Demo persons are on the list: every page says 演示数据. */
  demo: boolean
  columns: DocColumn[]
  /** 应到: the participants on the list. */
  expected: number
  footer: string
  pages: DocPage<SignInRow>[]
}

/** What each column of the sheet shows; 签名 and 签到时间 are left for the pen. */
export function signInCells(row: SignInRow, keys: readonly string[]): string[] {
  return keys.map((k) => {
    switch (k) {
      case 'seq':
      case 'name':
      case 'sex':
      case 'employer':
      case 'jobTitle':
      case 'phone':
        return row[k]
      default:
        return ''
    }
  })
}

/** Room for a handwritten signature and a time, whatever the list holds. */
const SIGNATURE_MM = 36
const SIGN_TIME_MM = 22

/** The 签到表 of an activity: rows in 序号 order, blank rows after, paginated for A4 portrait. */
export function buildSignInSheet(
  activity: SignInActivity,
  people: readonly SignInPerson[],
  options: SignInOptions,
): SignInSheet {
  const layout = options.layout ?? SIGN_IN_LAYOUT
  const specs = [
    { key: 'seq', label: text.columns.seq, noWrap: true },
    { key: 'name', label: text.columns.name },
    { key: 'sex', label: text.columns.sex, noWrap: true },
    { key: 'employer', label: text.columns.employer, align: 'left' as const },
    { key: 'jobTitle', label: text.columns.jobTitle },
    ...(options.showPhone ? [{ key: 'phone', label: text.columns.phone, noWrap: true }] : []),
    { key: 'signature', label: text.columns.signature, minMm: SIGNATURE_MM },
    ...(options.showSignTime
      ? [{ key: 'signTime', label: text.columns.signTime, minMm: SIGN_TIME_MM }]
      : []),
  ]
  const keys = specs.map((c) => c.key)
  const rows: SignInRow[] = [...people]
    .sort((a, b) => a.seq - b.seq)
    .map((p) => ({
      seq: String(p.seq),
      name: p.name,
      sex: codeName(SEX, p.sex ?? '') ?? '',
      employer: p.employer ?? '',
      jobTitle: p.jobTitle ?? '',
      phone: options.showPhone && p.phone ? maskPhone(p.phone) : '',
      blank: false,
    }))
  // An empty list still prints one row to sign on: a page never ends on a lone header.
  const blanks = Math.max(options.blankRows, rows.length === 0 ? 1 : 0)
  for (let i = 0; i < blanks; i++)
    rows.push({ seq: '', name: '', sex: '', employer: '', jobTitle: '', phone: '', blank: true })

  const info = [
    [
      text.time(chineseSpan(activity.startDate, activity.startTime, activity.endDate)),
      activity.place ? text.place(activity.place) : '',
    ],
    [
      activity.hostUnits.length ? text.host(joinUnits(activity.hostUnits)) : '',
      activity.organizerUnits.length ? text.organizer(joinUnits(activity.organizerUnits)) : '',
    ],
  ]
    .map((parts) => parts.filter(Boolean).join('　　'))
    .filter(Boolean)
  const footer = text.footer(people.length)
  const title = text.title(activity.title)
  const table = layoutTable({
    layout,
    title,
    infoLines: info,
    specs,
    rows,
    cellsOf: (r) => signInCells(r, keys),
    sizesPt: [TYPE_SIZES_PT.table, TYPE_SIZES_PT.tableSmall, MIN_CELL_PT],
    footer,
  })
  return {
    kind: 'signIn',
    layout,
    title,
    infoLines: info,
    head: table.head,
    type: table.type,
    demo: people.some((p) => p.isDemo),
    columns: table.columns,
    expected: people.length,
    footer,
    pages: table.pages,
  }
}
