import type { DocColumn } from '../../../shared/documents/columns'
import type { DocPage } from '../../../shared/documents/signInSheet'
import { writeOfficeWorkbook, type OfficeCell } from '../excel/officeSheet'

/** What the print models (花名册, 活动台账) share, enough for a sheet. */
export interface TableModel {
  title: string
  infoLines: string[]
  columns: DocColumn[]
  pages: DocPage<string[]>[]
  /** The ledger's 合计 row. */
  totalRow?: string[]
  summaryLines?: string[]
  /** Demo persons are listed (rosters; the ledger lists no persons). */
  demo?: boolean
}

const MM_PER_CHAR = 2.4
const NUMBER = /^-?\d+(\.\d+)?$/
const CJK = /[\u2e80-\uffef]/

/**
 * Excel widths of the columns: the printed widths, but never narrower than the longest
 * date, phone or number in the column (a digit is one unit): wrapped, `1985.03.1` / `2`
 * would read as another date.
 */
function sheetWidths(model: TableModel): number[] {
  const widths = model.columns.map((c) => Math.max(6, Math.round(c.widthMm / MM_PER_CHAR)))
  for (const page of model.pages)
    for (const row of page.rows)
      row.forEach((v, i) => {
        if (v && !CJK.test(v)) widths[i] = Math.max(widths[i]!, Math.ceil(v.length + 1.5))
      })
  return widths
}

/**
 * A print model as an .xlsx in the office layout (officeSheet): the same title, info line,
 * columns and rows the printed page shows, all pages as one table; 序号 and the figures of
 * right-aligned columns as numbers, so the upper level can sum them.
 */
export async function writeDocumentSheet(
  path: string,
  sheetName: string,
  model: TableModel,
): Promise<number> {
  const numeric = model.columns.map((c) => c.key === 'seq' || c.align === 'right')
  const cells = (row: string[]): OfficeCell[] =>
    row.map((v, i) => (numeric[i] && NUMBER.test(v) ? Number(v) : v === '' ? null : v))
  function* rows(): Generator<OfficeCell[]> {
    for (const page of model.pages) for (const row of page.rows) yield cells(row)
    if (model.totalRow) yield cells(model.totalRow)
  }
  const widths = sheetWidths(model)
  const written = await writeOfficeWorkbook(
    path,
    {
      sheetName,
      title: model.title,
      subtitle: model.infoLines.join('    '),
      columns: model.columns.map((c, i) => ({ header: c.label, width: widths[i]! })),
      frozenColumns: Math.min(2, model.columns.length),
      notes: model.summaryLines ?? [],
      demo: model.demo ?? false,
    },
    rows(),
  )
  return written - (model.totalRow ? 1 : 0)
}
