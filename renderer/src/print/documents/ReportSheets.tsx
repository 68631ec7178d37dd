import type { ReportDocument } from '../../../../shared/documents/yearReport'
import { TableSheet } from '../sheets/TableSheet'

/**
 * The sheets of a report as printed. The print route and `xinlian report --out FILE.pdf`
 * both draw these, so the app's PDF and the command line's cannot differ.
 */
export function ReportSheets(props: { doc: ReportDocument }) {
  return props.doc.pages.map((page) => (
    <TableSheet key={page.number} doc={props.doc} page={page} footerAlign="left" />
  ))
}
