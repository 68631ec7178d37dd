import { minimalXlsx } from './excel-fixtures'

/**
 * The workbook of issue 15 §7: one `<row>` that never closes, holding millions of tiny cells
 * that all claim A1 (so the column guard passes) with varied digits (so the compression-ratio
 * guard passes too): about 1.5 MB zipped, some 45 MB of sheet XML.
 */
export function endlessRowWorkbook(cells = 2_000_000): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData><row r="1">'
  const parts: string[] = [head]
  // A fixed linear congruential sequence: the same file every run, not compressible.
  let seed = 12345
  for (let i = 0; i < cells; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    parts.push(`<c r="A1"><v>${(seed >>> 16) % 10}</v></c>`)
  }
  return minimalXlsx({ sheetXml: Buffer.from(parts.join('')), level: 6 })
}
