import { codeName } from '../codes/lookup'
import { SEX } from '../codes/sex'
import { signInText as text } from '../i18n/documents'
import { maskPhone } from '../privacy/mask'
import { sizeColumns, type DocColumn } from './columns'
import { chineseSpan, joinUnits } from './format'
import { contentWidth, SIGN_IN_LAYOUT, type TableLayout } from './geometry'
import { pageLabel, paginate } from './paginate'

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

export interface DocPage<R> {
  number: number
  total: number
  /** `第 N 页 共 M 页`. */
  label: string
  showTitle: boolean
  rows: R[]
  /** Text under the last row (last page only). */
  footer: string | null
}

export interface SignInSheet {
  kind: 'signIn'
  layout: TableLayout
  title: string
  infoLines: string[]
  columns: DocColumn[]
  /** 应到: the participants on the list. */
  expected: number
  footer: string
  pages: DocPage<SignInRow>[]
}

/** The 签到表 of an activity: rows in 序号 order, blank rows after, paginated for A4 portrait. */
export function buildSignInSheet(
  activity: SignInActivity,
  people: readonly SignInPerson[],
  options: SignInOptions,
): SignInSheet {
  const layout = options.layout ?? SIGN_IN_LAYOUT
  const specs = [
    { key: 'seq', label: text.columns.seq, weight: 12 },
    { key: 'name', label: text.columns.name, weight: 22 },
    { key: 'sex', label: text.columns.sex, weight: 11 },
    { key: 'employer', label: text.columns.employer, weight: 48, align: 'left' as const },
    { key: 'jobTitle', label: text.columns.jobTitle, weight: 25 },
    ...(options.showPhone ? [{ key: 'phone', label: text.columns.phone, weight: 26 }] : []),
    { key: 'signature', label: text.columns.signature, weight: 38 },
    ...(options.showSignTime
      ? [{ key: 'signTime', label: text.columns.signTime, weight: 20 }]
      : []),
  ]
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
  const slices = paginate(rows.length, layout)
  return {
    kind: 'signIn',
    layout,
    title: text.title(activity.title),
    infoLines: info,
    columns: sizeColumns(specs, contentWidth(layout.page)),
    expected: people.length,
    footer,
    pages: slices.map((s) => ({
      number: s.number,
      total: slices.length,
      label: pageLabel(s.number, slices.length),
      showTitle: s.showTitle,
      rows: rows.slice(s.from, s.to),
      footer: s.showFooter ? footer : null,
    })),
  }
}
