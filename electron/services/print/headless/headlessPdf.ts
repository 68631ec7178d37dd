import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { headlessPdfText as text } from '../../../../shared/i18n/headlessPdf'
import { AppError } from '../../../core/appError'

const TIMEOUT_S = 120

/**
 * Chromium's headless PDF of a page: no header or footer of its own (the sheets carry their
 * page numbers), the page size from the document's `@page`. A throwaway profile keeps it off
 * the user's open browser; as root (a container) Chromium runs only without its sandbox.
 */
function browserArgs(profile: string, pdf: string, page: string): string[] {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  return [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--no-pdf-header-footer',
    // The same for Chrome and Edge before version 111, which know only the older name.
    '--print-to-pdf-no-header',
    `--user-data-dir=${profile}`,
    ...(root ? ['--no-sandbox'] : []),
    `--print-to-pdf=${pdf}`,
    pathToFileURL(page).href,
  ]
}

function run(browser: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(browser, args, { timeout: TIMEOUT_S * 1000, windowsHide: true }, (error, _o, err) => {
      if (!error) return resolve()
      if (error.killed) return reject(new AppError('INTERNAL', text.timedOut(browser, TIMEOUT_S)))
      const detail = (err || error.message).trim().split('\n').slice(-3).join(' ')
      reject(new AppError('INTERNAL', text.failed(browser, detail)))
    })
  })
}

/**
 * Prints a self-contained HTML page to PDF with an installed browser and hands the PDF's
 * temporary path to `use` (which copies it where it belongs); the page, the profile and the
 * PDF are removed afterwards, whatever happens.
 */
export async function htmlToPdf(
  browser: string,
  html: string,
  use: (pdfPath: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-pdf-'))
  try {
    const page = join(dir, 'document.html')
    const pdf = join(dir, 'document.pdf')
    writeFileSync(page, html)
    await run(browser, browserArgs(join(dir, 'profile'), pdf, page))
    if (!existsSync(pdf)) throw new AppError('INTERNAL', text.noOutput)
    await use(pdf)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
