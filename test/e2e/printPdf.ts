import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

/** PDFs and a PNG of every first page stay here to be looked at. */
export const pdfDir = join(process.cwd(), 'artifacts', 'pdf')

/** Chromium's PDF of the route as printed, its text (one string per page) and first-page PNG. */
export async function printToPdf(page: Page, name: string) {
  const path = join(pdfDir, `${name}.pdf`)
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    join(pdfDir, name),
  ])
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const pages = text.split('\f').slice(0, -1)
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1])
  return {
    pages,
    pageCount,
    width: Math.round(Number(size[1])),
    height: Math.round(Number(size[2])),
  }
}
