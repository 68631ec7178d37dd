import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import type { ExportResult } from '../../shared/contract/exports'
import { writeFailure, writeFileSafely } from '../services/files/safeWrite'
import { XLSX_TARGET } from './paths'

/**
 * Puts an export where the user asked — under a temporary name first, so a half-written
 * file never carries the final name — and removes the core's copy of a large one.
 */
export async function saveExport(result: ExportResult, target: string): Promise<void> {
  await writeFileSafely(target, XLSX_TARGET, (temp) => {
    if (result.data !== null) writeFileSync(temp, Buffer.from(result.data, 'base64'))
    else copyFileSync(result.path!, temp)
  }).catch((e: unknown) => {
    throw writeFailure(e, target)
  })
  if (result.path) rmSync(result.path, { force: true })
}
