import { isBlankCell, type RawCell } from './rawCell'

/** A merged range of a sheet, rows and columns counted from 1 as Excel shows them. */
export interface MergedRange {
  top: number
  left: number
  bottom: number
  right: number
}

/**
 * Fills down the cells that a merge spans over several rows: offices merge 所属乡镇 or 工作单位
 * over the persons they share, and only the first row holds the text. Fed data rows in
 * order; a range's value is the one in its first column of its top row, when that row is a
 * data row. Rows blank but for a merge stay blank (nobody is on them).
 */
export class MergeFill {
  private readonly byTop = new Map<number, MergedRange[]>()
  /** Row number → the (column, value) pairs it is to receive. */
  private readonly pending = new Map<number, [column: number, value: RawCell][]>()

  constructor(ranges: readonly MergedRange[]) {
    for (const r of ranges) {
      if (r.bottom <= r.top) continue
      const list = this.byTop.get(r.top)
      if (list) list.push(r)
      else this.byTop.set(r.top, [r])
    }
  }

  /** The row as the sheet shows it (filled where a merge covers it); the cells are changed in place. */
  fill(row: number, cells: RawCell[]): RawCell[] {
    const fills = this.pending.get(row)
    if (fills) {
      this.pending.delete(row)
      if (!cells.every((c) => isBlankCell(c))) {
        for (const [column, value] of fills) {
          while (cells.length < column) cells.push(null)
          if (isBlankCell(cells[column - 1])) cells[column - 1] = value
        }
      }
    }
    for (const r of this.byTop.get(row) ?? []) {
      const value = cells[r.left - 1] ?? null
      if (isBlankCell(value)) continue
      for (let below = r.top + 1; below <= r.bottom; below++) {
        const list = this.pending.get(below)
        if (list) list.push([r.left, value])
        else this.pending.set(below, [[r.left, value]])
      }
    }
    return cells
  }
}
