import type { DocColumn } from '../../../../shared/documents/columns'
import { contentWidth, type TableLayout } from '../../../../shared/documents/geometry'
import type { DocHead, TableType } from '../../../../shared/documents/tableLayout'
import { totalCells } from '../totalCells'
import { FittedText } from './FittedText'
import { Sheet } from './Sheet'
import { TitleBlock } from './TitleBlock'
import { WrappedText } from './WrappedText'

export interface TablePage {
  label: string
  showTitle: boolean
  rows: readonly (readonly string[])[]
  /** Each row's height as the model measured it (rows grow to hold wrapped text). */
  rowHeights: readonly number[]
  /** The last page's closing text; each line is laid out on its own. */
  footer: string | null
}

/** What every table document (签到表, 花名册, 台账) hands its pages. */
export interface TableDoc {
  layout: TableLayout
  head: DocHead
  type: TableType
  columns: readonly DocColumn[]
  /** Demo persons are listed: the page says so in its header. */
  demo?: boolean
}

/**
 * One page of a table document exactly as its model laid it out: the title block where the
 * model shows it, the column header on every page, rows as tall as the model measured with
 * their text wrapped on the same lines, and on the last page the optional 合计 row and the
 * footer lines.
 */
export function TableSheet(props: {
  doc: TableDoc
  page: TablePage
  /** Printed as the last table row on the page that carries the footer. */
  totalRow?: readonly string[] | null
  footerAlign: 'left' | 'right'
}) {
  const { doc, page } = props
  const { layout, columns, type } = doc
  const width = contentWidth(layout.page)
  const total = page.footer !== null && props.totalRow ? props.totalRow : null
  const footerLines = page.footer === null ? [] : page.footer.split('\n')
  const footerMm = layout.footerMm - (total ? layout.rowMm : 0)
  const footerLineMm = footerMm / Math.max(1, footerLines.length)
  return (
    <Sheet page={layout.page} label={page.label} demo={doc.demo}>
      {page.showTitle && <TitleBlock head={doc.head} widthMm={width} />}
      <table className="xl-table" style={{ width: `${width}mm` }}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: `${c.widthMm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: `${type.headerMm}mm` }}>
            {columns.map((c) => (
              <th key={c.key}>
                <WrappedText text={c.label} widthMm={c.widthMm} pt={type.pt} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row, r) => (
            <tr key={r} style={{ height: `${page.rowHeights[r] ?? layout.rowMm}mm` }}>
              {columns.map((c, i) => (
                <td key={c.key} className={`xl-align-${c.align}`}>
                  <WrappedText text={row[i] ?? ''} widthMm={c.widthMm} pt={type.pt} />
                </td>
              ))}
            </tr>
          ))}
          {total && (
            <tr className="xl-total-row" style={{ height: `${layout.rowMm}mm` }}>
              {totalCells(columns, total).map((c, i) => (
                <td
                  key={c.key}
                  colSpan={c.span}
                  className={`xl-align-${i === 0 ? 'center' : c.align}`}
                >
                  <FittedText
                    text={c.text}
                    widthMm={c.widthMm}
                    heightMm={layout.rowMm}
                    basePt={type.pt}
                  />
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
      {footerLines.length > 0 && (
        <div
          className={`xl-footer xl-footer-${props.footerAlign}`}
          style={{ height: `${footerMm}mm` }}
        >
          {footerLines.map((line, i) => (
            <FittedText
              key={i}
              text={line}
              widthMm={width}
              heightMm={footerLineMm}
              basePt={footerLines.length > 1 ? type.pt : 14}
              style={{ height: `${footerLineMm}mm`, lineHeight: `${footerLineMm}mm` }}
            />
          ))}
        </div>
      )}
    </Sheet>
  )
}
