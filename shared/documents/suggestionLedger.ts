import type { YearFigures } from '../contract/suggestions'
import {
  adoptionHowNames,
  suggestionLedgerText as text,
  suggestionLevelNames,
} from '../i18n/suggestions'
import { sizeColumns, type DocColumn } from './columns'
import { contentWidth, LEDGER_LAYOUT, type TableLayout } from './geometry'
import { pageLabel, paginate } from './paginate'
import type { DocPage } from './signInSheet'

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
  columns: DocColumn[]
  totalRow: string[]
  summaryLines: string[]
  pages: DocPage<string[]>[]
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
  const columns = sizeColumns(
    [
      { key: 'seq', label: c.seq, weight: 7 },
      { key: 'title', label: c.title, weight: 52, align: 'left' },
      { key: 'kind', label: c.kind, weight: 13 },
      { key: 'submitters', label: c.submitters, weight: 30, align: 'left' },
      { key: 'channel', label: c.channel, weight: 20 },
      { key: 'adoptions', label: c.adoptions, weight: 38, align: 'left' },
      { key: 'instructions', label: c.instructions, weight: 28, align: 'left' },
      { key: 'score', label: c.score, weight: 10, align: 'right' },
    ],
    contentWidth(layout.page),
  )
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
  const slices = paginate(rows.length, layout)
  return {
    kind: 'suggestionLedger',
    layout,
    year,
    title: text.title(year),
    infoLines: [text.info(options.unitName, options.date, options.ruleVersion)],
    columns,
    totalRow,
    summaryLines,
    pages: slices.map((s) => ({
      number: s.number,
      total: slices.length,
      label: pageLabel(s.number, slices.length),
      showTitle: s.showTitle,
      rows: rows.slice(s.from, s.to),
      footer: s.showFooter ? summaryLines.join('\n') : null,
    })),
  }
}
