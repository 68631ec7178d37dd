import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import type { ReportDocument } from '../../shared/documents/yearReport'
import { ReportSheets } from '../../renderer/src/print/documents/ReportSheets'
import { staticPrintHtml } from '../../renderer/src/print/static/staticPrintHtml'
import { htmlToPdf } from '../services/print/headless/headlessPdf'
import { writeFailure, writeFileSafely } from '../services/files/safeWrite'
import { PDF_TARGET, REPO_ROOT } from './paths'

/** The stylesheet of the print routes, read from the source the CLI runs from. */
const PRINT_CSS = join(REPO_ROOT, 'renderer', 'src', 'print', 'print.css')

/**
 * A report as the app prints it (the same sheets and stylesheet as /print/report), turned
 * into a PDF by an installed browser and saved under the user's name without clobbering.
 */
export async function saveReportPdf(
  doc: ReportDocument,
  browser: string,
  target: string,
): Promise<void> {
  const html = staticPrintHtml({
    title: doc.title,
    orientation: doc.layout.page.widthMm > doc.layout.page.heightMm ? 'landscape' : 'portrait',
    printCss: readFileSync(PRINT_CSS, 'utf8'),
    children: createElement(ReportSheets, { doc }),
  })
  await htmlToPdf(browser, html, (pdf) =>
    writeFileSafely(target, PDF_TARGET, (temp) => copyFileSync(pdf, temp)).catch((e: unknown) => {
      throw writeFailure(e, target)
    }),
  )
}
