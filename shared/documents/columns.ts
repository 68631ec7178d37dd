/** One column of a printed table; widths in millimetres add up to the type area's width. */
export interface DocColumn {
  key: string
  label: string
  widthMm: number
  align: 'left' | 'center' | 'right'
}

/** Scales relative weights to `totalMm`, to 0.1 mm, the last column taking the rounding. */
export function sizeColumns(
  specs: readonly { key: string; label: string; weight: number; align?: DocColumn['align'] }[],
  totalMm: number,
): DocColumn[] {
  const sum = specs.reduce((s, c) => s + c.weight, 0)
  let used = 0
  return specs.map((c, i) => {
    const width =
      i === specs.length - 1
        ? Math.round((totalMm - used) * 10) / 10
        : Math.round((c.weight / sum) * totalMm * 10) / 10
    used += width
    return { key: c.key, label: c.label, widthMm: width, align: c.align ?? 'center' }
  })
}
