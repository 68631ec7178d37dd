import { MM_PER_PT } from './geometry'

/** Integer 分 → `1,234.56` (元, two decimals, thousands separated). */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return ''
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${yuan.toLocaleString('en-US')}.${cents}`
}

/** Integer 分 → 万元 with two decimals, as upward reports state donations. */
export function formatWanYuan(fen: number): string {
  return (Math.round(fen / 10_000) / 100).toFixed(2)
}

/** `2025-03-12` → `2025年3月12日`; a partial date keeps what it has. */
export function chineseDate(date: string | null | undefined): string {
  if (!date) return ''
  const [y, m, d] = date.split('-')
  if (!m) return `${y}年`
  if (!d) return `${y}年${Number(m)}月`
  return `${y}年${Number(m)}月${Number(d)}日`
}

/** `2025-03-12` → `2025.03.12`: compact dates for table cells. */
export function dottedDate(date: string | null | undefined): string {
  return date ? date.replace(/-/g, '.') : ''
}

/**
 * When an event happens, as a sign-in sheet says it: `2025年3月12日 14:30`, or a span
 * `2025年3月12日至14日` / `2025年3月30日至4月2日` / across years in full.
 */
export function chineseSpan(start: string, time: string | null, end: string | null): string {
  const head = `${chineseDate(start)}${time ? ` ${time}` : ''}`
  if (!end || end === start) return head
  const [sy, sm] = start.split('-')
  const [ey, em, ed] = end.split('-')
  if (sy !== ey) return `${head}至${chineseDate(end)}`
  if (sm !== em) return `${head}至${Number(em)}月${Number(ed)}日`
  return `${head}至${Number(ed)}日`
}

/**
 * Width of a text in em: CJK and full-width characters (U+2E80–U+FFEF, U+20000–U+3FFFD) take
 * one (a lone surrogate too, as a code point in that range), others about half. By code unit,
 * not a regular expression per character: an export measures every cell of 100k rows.
 */
export function textEms(text: string): number {
  let ems = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        ems += point >= 0x20000 && point <= 0x3fffd ? 1 : 0.55
        i++
        continue
      }
    }
    ems += unit >= 0x2e80 && unit <= 0xffef ? 1 : 0.55
  }
  return ems
}

/**
 * The font size (pt) at which `text` fits on one line of a cell `widthMm` wide, never above
 * `basePt` nor below `minPt`; below that the view clips. Keeps rows at their fixed height.
 */
export function fitFontSize(text: string, widthMm: number, basePt: number, minPt = 7): number {
  const ems = textEms(text)
  if (ems === 0) return basePt
  // 1.5 mm of cell padding each side.
  const fits = (widthMm - 3) / (ems * MM_PER_PT)
  return Math.max(minPt, Math.min(basePt, Math.floor(fits * 2) / 2))
}

/** Lists of units as one cell: `县委统战部、县新联会`. */
export function joinUnits(units: readonly string[]): string {
  return units.filter(Boolean).join('、')
}
