import { ledgerText as text } from '../i18n/documents'
import type { DocColumn } from './columns'
import { dottedDate, formatWanYuan, formatYuan, joinUnits } from './format'
import { LEDGER_LAYOUT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

/** One held activity as the ledger counts it. Money in integer 分. */
export interface LedgerActivity {
  startDate: string
  endDate: string | null
  title: string
  typeName: string
  isTraining: boolean
  place: string | null
  hostUnits: readonly string[]
  organizerUnits: readonly string[]
  /** 实到: the recorded actual attendance, else those marked present. */
  participants: number
  beneficiaries: number | null
  donationFen: number | null
  goodsFen: number | null
  volunteerHours: number | null
  onlineViews: number | null
}

export interface LedgerTotals {
  /** 场次. */
  activities: number
  /** 人次. */
  participantTimes: number
  /** 培训期数 and their 人次. */
  trainings: number
  trainingTimes: number
  beneficiaries: number
  donationFen: number
  goodsFen: number
  volunteerHours: number
  onlineViews: number
  byType: { typeName: string; activities: number; participantTimes: number }[]
}

export interface ActivityLedger {
  kind: 'ledger'
  layout: TableLayout
  year: number
  title: string
  infoLines: string[]
  head: DocHead
  type: TableType
  columns: DocColumn[]
  totals: LedgerTotals
  /** The 合计 row, printed under the last row with the summary lines. */
  totalRow: string[]
  summaryLines: string[]
  pages: LaidOutPage<string[]>[]
}

const n = (v: number | null) => v ?? 0
const hours = (h: number) => String(Math.round(h * 10) / 10)
const count = (v: number | null) => (v === null ? '' : String(v))

export function ledgerTotals(list: readonly LedgerActivity[]): LedgerTotals {
  const byType = new Map<string, { activities: number; participantTimes: number }>()
  const t: LedgerTotals = {
    activities: list.length,
    participantTimes: 0,
    trainings: 0,
    trainingTimes: 0,
    beneficiaries: 0,
    donationFen: 0,
    goodsFen: 0,
    volunteerHours: 0,
    onlineViews: 0,
    byType: [],
  }
  for (const a of list) {
    t.participantTimes += a.participants
    if (a.isTraining) {
      t.trainings++
      t.trainingTimes += a.participants
    }
    t.beneficiaries += n(a.beneficiaries)
    t.donationFen += n(a.donationFen)
    t.goodsFen += n(a.goodsFen)
    t.volunteerHours += n(a.volunteerHours)
    t.onlineViews += n(a.onlineViews)
    const bt = byType.get(a.typeName) ?? { activities: 0, participantTimes: 0 }
    bt.activities++
    bt.participantTimes += a.participants
    byType.set(a.typeName, bt)
  }
  t.byType = [...byType].map(([typeName, v]) => ({ typeName, ...v }))
  return t
}

/** The yearly 活动台账: one row per activity in date order, the 合计 row and a summary. */
export function buildActivityLedger(
  year: number,
  activities: readonly LedgerActivity[],
  options: { unitName: string; date: string; layout?: TableLayout },
): ActivityLedger {
  const layout = options.layout ?? LEDGER_LAYOUT
  const c = text.columns
  const specs = [
    { key: 'seq', label: c.seq, noWrap: true },
    { key: 'date', label: c.date, noWrap: true },
    { key: 'title', label: c.title, align: 'left' as const },
    { key: 'type', label: c.type },
    { key: 'place', label: c.place, align: 'left' as const },
    { key: 'units', label: c.units, align: 'left' as const },
    ...(
      [
        ['participants', c.participants],
        ['beneficiaries', c.beneficiaries],
        ['donation', c.donation],
        ['goods', c.goods],
        ['hours', c.hours],
        ['views', c.views],
      ] as const
    ).map(([key, label]) => ({ key, label, align: 'right' as const, noWrap: true })),
  ]
  const sorted = [...activities].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, 'zh-CN'),
  )
  const rows = sorted.map((a, i) => [
    String(i + 1),
    a.endDate && a.endDate !== a.startDate
      ? `${dottedDate(a.startDate)}—${dottedDate(a.endDate).slice(5)}`
      : dottedDate(a.startDate),
    a.title,
    a.typeName,
    a.place ?? '',
    joinUnits([...a.hostUnits, ...a.organizerUnits]),
    String(a.participants),
    count(a.beneficiaries),
    formatYuan(a.donationFen),
    formatYuan(a.goodsFen),
    a.volunteerHours === null ? '' : hours(a.volunteerHours),
    count(a.onlineViews),
  ])
  const totals = ledgerTotals(sorted)
  const totalRow = [
    text.totalLabel,
    '',
    '',
    `${totals.activities}`,
    '',
    '',
    String(totals.participantTimes),
    String(totals.beneficiaries),
    formatYuan(totals.donationFen),
    formatYuan(totals.goodsFen),
    hours(totals.volunteerHours),
    String(totals.onlineViews),
  ]
  const summaryLines = [
    ...text.summary({
      activities: totals.activities,
      participantTimes: totals.participantTimes,
      trainings: totals.trainings,
      trainingTimes: totals.trainingTimes,
      beneficiaries: totals.beneficiaries,
      donation: formatYuan(totals.donationFen),
      goods: formatYuan(totals.goodsFen),
      wan: formatWanYuan(totals.donationFen + totals.goodsFen),
      hours: hours(totals.volunteerHours),
      views: totals.onlineViews,
    }),
    ...(totals.byType.length
      ? [text.byType(totals.byType.map((b) => text.typeCount(b.typeName, b.activities)).join('，'))]
      : []),
  ]
  const info = [text.info(options.unitName, options.date)]
  const title = text.title(year)
  const table = layoutTable({
    layout,
    title,
    infoLines: info,
    specs,
    rows,
    cellsOf: (r) => r,
    // The 合计 row prints with the footer, but its figures must fit the columns too.
    alsoSizes: [totalRow],
    sizesPt: [TYPE_SIZES_PT.tableSmall, MIN_CELL_PT],
    footer: summaryLines.join('\n'),
  })
  return {
    kind: 'ledger',
    layout,
    year,
    title,
    infoLines: info,
    head: table.head,
    type: table.type,
    columns: table.columns,
    totals,
    totalRow,
    summaryLines,
    pages: table.pages,
  }
}
