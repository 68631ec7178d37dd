import type { DocColumn } from '../../../../shared/documents/columns'
import { contentWidth, type TableLayout } from '../../../../shared/documents/geometry'
import { totalCells } from '../totalCells'
import { FittedText } from './FittedText'
import { Sheet } from './Sheet'
import { TitleBlock } from './TitleBlock'

/** Type sizes and line counts of one kind of table document. */
export interface TableTypography {
  headerPt: number
  cellPt: number
  /** Lines a header label may take (a narrow column wraps its label). */
  headerLines: number
  cellLines: number
}

export interface TablePage {
  label: string
  showTitle: boolean
  rows: readonly (readonly string[])[]
  /** The last page's closing text; each line is laid out on its own. */
  footer: string | null
}

/**
 * One page of a table document (签到表, 花名册, 台账) exactly as its model laid it out: the
 * title block where the model shows it, the column header on every page, fixed-height rows,
 * and on the last page the optional 合计 row and the footer lines.
 */
export function TableSheet(props: {
  layout: TableLayout
  title: string
  infoLines: readonly string[]
  columns: readonly DocColumn[]
  page: TablePage
  typography: TableTypography
  /** Printed as the last table row on the page that carries the footer. */
  totalRow?: readonly string[] | null
  footerAlign: 'left' | 'right'
}) {
  const { layout, columns, page, typography: ty } = props
  const width = contentWidth(layout.page)
  const total = page.footer !== null && props.totalRow ? props.totalRow : null
  const footerLines = page.footer === null ? [] : page.footer.split('\n')
  const footerMm = layout.footerMm - (total ? layout.rowMm : 0)
  const footerLineMm = footerMm / Math.max(1, footerLines.length)
  return (
    <Sheet page={layout.page} label={page.label}>
      {page.showTitle && (
        <TitleBlock
          title={props.title}
          infoLines={props.infoLines}
          widthMm={width}
          titleMm={layout.titleMm}
          infoMm={layout.infoMm}
        />
      )}
      <table className="xl-table" style={{ width: `${width}mm` }}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: `${c.widthMm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: `${layout.headerMm}mm` }}>
            {columns.map((c) => (
              <th key={c.key}>
                <FittedText
                  text={c.label}
                  widthMm={c.widthMm}
                  heightMm={layout.headerMm}
                  basePt={ty.headerPt}
                  maxLines={ty.headerLines}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row, r) => (
            <tr key={r} style={{ height: `${layout.rowMm}mm` }}>
              {columns.map((c, i) => (
                <td key={c.key} className={`xl-align-${c.align}`}>
                  <FittedText
                    text={row[i] ?? ''}
                    widthMm={c.widthMm}
                    heightMm={layout.rowMm}
                    basePt={ty.cellPt}
                    maxLines={ty.cellLines}
                  />
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
                    basePt={ty.cellPt}
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
              basePt={footerLines.length > 1 ? ty.cellPt : 14}
              style={{ height: `${footerLineMm}mm`, lineHeight: `${footerLineMm}mm` }}
            />
          ))}
        </div>
      )}
    </Sheet>
  )
}
