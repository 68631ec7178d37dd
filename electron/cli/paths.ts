import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { SafeWriteOptions } from '../services/files/safeWrite'

/** The project root, found from this file rather than the cwd: `npx xinlian` runs anywhere. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/**
 * A workbook the user names on the command line: never an existing file, never through a
 * link, never in a folder that is not there (a typo would otherwise make one silently).
 */
export const XLSX_TARGET: SafeWriteOptions = { extension: '.xlsx' }

/** A PDF the user names on the command line, under the same rules as a workbook. */
export const PDF_TARGET: SafeWriteOptions = { extension: '.pdf' }
