import { minimalXlsx, sheetXml } from './excel-fixtures'
import { validId } from './persons-fixtures'

const GIVEN = '王李张刘陈杨黄赵周吴'
const FAMILY = '伟芳娜敏静丽强磊军洋'

/** A legitimate roster of `n` valid persons: large enough that reading it takes a while. */
export function largeRoster(n: number): Uint8Array {
  const day = Date.UTC(1950, 0, 1)
  const rows = [['姓名', '身份证号']]
  for (let i = 0; i < n; i++) {
    // 20,000 birth days (to 2004), then the next sequence number: every ID distinct and valid.
    const birth = new Date(day + (i % 20_000) * 86_400_000).toISOString().slice(0, 10)
    const seq = String(100 + Math.floor(i / 20_000))
    rows.push([GIVEN[i % 10]! + FAMILY[Math.floor(i / 10) % 10]!, validId(birth, seq)])
  }
  return minimalXlsx({ sheetXml: sheetXml(rows) })
}

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
