import type { StatusBoard } from '../contract/packagesBoard'
import { boardUi } from '../i18n/boardUi'
import type { DocColumn } from './columns'
import { LEDGER_LAYOUT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

const text = boardUi.print

export interface StatusBoardSheet {
  kind: 'statusBoard'
  layout: TableLayout
  title: string
  infoLines: string[]
  head: DocHead
  type: TableType
  columns: DocColumn[]
  pages: LaidOutPage<string[]>[]
}

/** One cell as printed, a line each: state and the day it came, lateness, rows. */
export function boardCellText(cell: StatusBoard['cells'][number]): string {
  const late = cell.daysLate ?? 0
  return [
    [boardUi.status[cell.status], cell.firstAt?.slice(0, 10)].filter(Boolean).join(' '),
    late > 0 ? (cell.packages ? boardUi.late(late) : boardUi.overdue(late)) : null,
    cell.packages ? boardUi.rows(cell.rows, cell.rowsChanged) : null,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * 上报情况 on A4 landscape (the 台账 layout): 序号, 单位, one column per period; under the
 * table, how deadlines were reckoned. The Excel export writes the same model.
 */
export function buildStatusBoardSheet(
  board: StatusBoard,
  options: { unitName: string; date: string; layout?: TableLayout },
): StatusBoardSheet {
  const layout = options.layout ?? LEDGER_LAYOUT
  const specs = [
    { key: 'seq', label: text.seq, noWrap: true },
    { key: 'unit', label: text.unit, align: 'left' as const },
    ...board.periods.map((p, i) => ({ key: `p${i}`, label: p, align: 'left' as const })),
  ]
  const cellAt = new Map(board.cells.map((c) => [`${c.unitCode}|${c.period}`, c]))
  const rows = board.units.map((u, i) => [
    String(i + 1),
    // A county a city relays sits under that city, as on the screen.
    `${u.parentCode ? boardUi.relayedPrefix : ''}${u.code} ${u.name}`,
    ...board.periods.map((p) => {
      const cell = cellAt.get(`${u.code}|${p}`)
      return cell ? boardCellText(cell) : ''
    }),
  ])
  const title = text.title
  const infoLines = [text.info(options.unitName, options.date)]
  const table = layoutTable({
    layout,
    title,
    infoLines,
    specs,
    rows,
    cellsOf: (r) => r,
    sizesPt: [TYPE_SIZES_PT.tableSmall, MIN_CELL_PT],
    footer: text.legend,
  })
  return {
    kind: 'statusBoard',
    layout,
    title,
    infoLines,
    head: table.head,
    type: table.type,
    columns: table.columns,
    pages: table.pages,
  }
}
