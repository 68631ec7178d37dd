import type { ReactNode } from 'react'
import {
  contentHeight,
  contentWidth,
  type PageGeometry,
} from '../../../../shared/documents/geometry'
import { t } from '../../../../shared/i18n'

/** How far under the type area the page number sits (GB/T 9704 puts it in the bottom margin). */
const PAGE_NUMBER_GAP_MM = 7
/** The demo mark sits in the top margin, clear of the title. */
const DEMO_MARK_TOP_MM = 10

/**
 * One sheet of A4 paper: the whole sheet, its type area at the document's margins, and
 * `第 N 页 共 M 页` under it. On paper, one sheet is one page (print.css breaks after each).
 */
export function Sheet(props: {
  page: PageGeometry
  label: string
  /** The page lists demo persons: its header says so, so it never passes for the register. */
  demo?: boolean | undefined
  children: ReactNode
}) {
  const { page } = props
  return (
    <section
      className="xl-sheet"
      style={{ width: `${page.widthMm}mm`, height: `${page.heightMm}mm` }}
    >
      {props.demo && (
        <div
          className="xl-demo-mark"
          data-testid="demo-mark"
          style={{
            top: `${DEMO_MARK_TOP_MM}mm`,
            left: `${page.margin.left}mm`,
            right: `${page.margin.right}mm`,
          }}
        >
          {t.documents.demoMark.page}
        </div>
      )}
      <div
        className="xl-sheet-body"
        style={{
          left: `${page.margin.left}mm`,
          top: `${page.margin.top}mm`,
          width: `${contentWidth(page)}mm`,
          height: `${contentHeight(page)}mm`,
        }}
      >
        {props.children}
      </div>
      <div
        className="xl-page-number"
        style={{ top: `${page.heightMm - page.margin.bottom + PAGE_NUMBER_GAP_MM}mm` }}
      >
        {props.label}
      </div>
    </section>
  )
}
