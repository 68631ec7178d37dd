/**
 * Money is stored as integer 分 and typed and read as 元: the conversion happens here, at the
 * edge of the screen, so no float ever reaches the core.
 */

/** 1234.5 元 → 123450 分; empty stays empty. Rounds to the nearest 分 (typing 0.005 gives 1). */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return null
  // 0.29 * 100 is 28.999999999999996: round, never truncate.
  return Math.round(yuan * 100)
}

/** 123450 分 → 1234.5 元, for a number box. */
export function fenToYuan(fen: number | null | undefined): number | null {
  if (fen === null || fen === undefined) return null
  return fen / 100
}

/** 123450 分 → `¥1,234.50`: integer arithmetic, so no float rounding shows. */
export function formatYuan(fen: number | null | undefined): string | null {
  if (fen === null || fen === undefined) return null
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const whole = Math.floor(abs / 100).toLocaleString('en-US')
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}¥${whole}.${cents}`
}
