import type { YearFigures } from '../contract/suggestions'
import {
  adoptionHowNames,
  suggestionLedgerText as text,
  suggestionLevelNames,
} from '../i18n/suggestions'
import type { DocColumn } from './columns'
import { LEDGER_LAYOUT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

/** One suggestion as the 台账 shows it. */
export interface LedgerSuggestion {
  submittedOn: string
  title: string
  kindName: string
  submitters: readonly { name: string; isLead: boolean }[]
  channelName: string | null
  adoptions: readonly { body: string; level: string; how: string }[]
  instructions: readonly { leader: string; level: string }[]
  score: number
}

export interface SuggestionLedger {
  kind: 'suggestionLedger'
  layout: TableLayout
  year: number
  title: string
  infoLines: string[]
  head: DocHead
  type: TableType
  columns: DocColumn[]
  totalRow: string[]
  summaryLines: string[]
  pages: LaidOutPage<string[]>[]
}

const level = (code: string) => suggestionLevelNames[code] ?? code

/**
 * The yearly 建言献策台账: one row per suggestion in date order (序号, 标题, 类别, 提交人,
 * 报送渠道, 采用情况, 批示情况, 得分), a 合计 row and the year's upward figures. Only
 * names are printed: nothing here is masked or needs masking.
 */
export function buildSuggestionLedger(
  year: number,
  list: readonly LedgerSuggestion[],
  figures: YearFigures,
  options: { unitName: string; date: string; ruleVersion: number; layout?: TableLayout },
): SuggestionLedger {
  const layout = options.layout ?? LEDGER_LAYOUT
  const c = text.columns
  const specs = [
    { key: 'seq', label: c.seq, noWrap: true },
    { key: 'title', label: c.title, align: 'left' as const },
    { key: 'kind', label: c.kind },
    { key: 'submitters', label: c.submitters, align: 'left' as const },
    { key: 'channel', label: c.channel },
    { key: 'adoptions', label: c.adoptions, align: 'left' as const },
    { key: 'instructions', label: c.instructions, align: 'left' as const },
    { key: 'score', label: c.score, align: 'right' as const, noWrap: true },
  ]
  const sorted = [...list].sort(
    (a, b) => a.submittedOn.localeCompare(b.submittedOn) || a.title.localeCompare(b.title, 'zh-CN'),
  )
  const rows = sorted.map((s, i) => [
    String(i + 1),
    s.title,
    s.kindName,
    s.submitters
      .map((m) => (m.isLead && s.submitters.length > 1 ? m.name + text.leadMark : m.name))
      .join('、'),
    s.channelName ?? '',
    s.adoptions
      .map((a) => text.adoption(a.body, level(a.level), adoptionHowNames[a.how] ?? a.how))
      .join('；'),
    s.instructions.map((x) => text.instruction(x.leader, level(x.level))).join('；'),
    String(s.score),
  ])
  const points = Math.round(sorted.reduce((sum, s) => sum + s.score * 100, 0)) / 100
  const totalRow = [text.totalLabel, String(sorted.length), '', '', '', '', '', String(points)]
  const summaryLines = text.summary({
    submitted: figures.submitted,
    adopted: figures.adopted,
    ...figures.adoptedByLevel,
    instructed: figures.withInstruction,
    points: figures.points,
  })
  const title = text.title(year)
  const infoLines = [text.info(options.unitName, options.date, options.ruleVersion)]
  const table = layoutTable({
    layout,
    title,
    infoLines,
    specs,
    rows,
    cellsOf: (r) => r,
    alsoSizes: [totalRow],
    sizesPt: [TYPE_SIZES_PT.tableSmall, MIN_CELL_PT],
    footer: summaryLines.join('\n'),
  })
  return {
    kind: 'suggestionLedger',
    layout,
    year,
    title,
    infoLines,
    head: table.head,
    type: table.type,
    columns: table.columns,
    totalRow,
    summaryLines,
    pages: table.pages,
  }
}
