import { columnNumber } from '../../../shared/import/columnLetter'
import type { MergedRange } from '../../../shared/import/mergedCells'
import { SPREADSHEET_LIMITS } from './limits'

const MARK = Buffer.from('mergeCells')
const RANGE =
  /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)["']/g

/**
 * The merged ranges that span more than one row, from a worksheet's XML. The list sits after
 * the cells, so the part is inflated once more for it (native inflate: a tenth of the parse);
 * only the bytes from <mergeCells> on are kept.
 */
export async function verticalMerges(pieces: AsyncIterable<Buffer>): Promise<MergedRange[]> {
  let kept: Buffer[] | null = null
  // The end of the piece before: a mark may begin there and end in the next piece.
  let seam = Buffer.alloc(0)
  for await (const piece of pieces) {
    if (kept) {
      kept.push(Buffer.from(piece))
      continue
    }
    if (seam.length) {
      const at = Buffer.concat([seam, piece.subarray(0, MARK.length - 1)]).indexOf(MARK)
      if (at !== -1) {
        kept = [seam.subarray(at), Buffer.from(piece)]
        continue
      }
    }
    const at = piece.indexOf(MARK)
    if (at !== -1) kept = [Buffer.from(piece.subarray(at))]
    else seam = Buffer.from(piece.subarray(Math.max(0, piece.length - (MARK.length - 1))))
  }
  if (!kept) return []
  const ranges: MergedRange[] = []
  for (const m of Buffer.concat(kept).toString('utf8').matchAll(RANGE)) {
    const range = {
      top: Number(m[2]),
      left: columnNumber(m[1]!),
      bottom: Number(m[4]),
      right: columnNumber(m[3]!),
    }
    if (range.bottom > range.top && range.bottom <= SPREADSHEET_LIMITS.maxRows) ranges.push(range)
  }
  return ranges
}
