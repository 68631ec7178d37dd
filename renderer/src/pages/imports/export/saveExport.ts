import type { ExportResult } from '../../../../../shared/contract/exports'
import { saveBase64 } from '../saveFile'

/**
 * Saves an export in the browser when the core handed the bytes over; a large one stayed in
 * the data directory, and the answer says where.
 */
export function saveExport(r: ExportResult): { saved: true } | { saved: false; path: string } {
  if (r.data !== null) {
    saveBase64(r.fileName, r.data)
    return { saved: true }
  }
  return { saved: false, path: r.path ?? r.fileName }
}
