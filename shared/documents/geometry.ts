/**
 * Page geometry of every printed document, in millimetres: the one place the print views
 * (CSS) and the page-count models read their sizes from, so a sheet that the model says has
 * 15 rows a page is laid out with exactly those heights.
 */

export interface Margins {
  top: number
  right: number
  bottom: number
  left: number
}

export interface PageGeometry {
  orientation: 'portrait' | 'landscape'
  widthMm: number
  heightMm: number
  margin: Margins
}

/**
 * A4 portrait with GB/T 9704 margins: top 37 mm, binding (left) 28 mm, type area
 * 156 × 225 mm, hence right 26 mm and bottom 35 mm. Page numbers sit in the bottom margin.
 */
export const A4_PORTRAIT: PageGeometry = {
  orientation: 'portrait',
  widthMm: 210,
  heightMm: 297,
  margin: { top: 37, right: 26, bottom: 35, left: 28 },
}

/**
 * A4 landscape for wide tables (花名册, 台账). GB/T 9704 has no landscape rule; offices keep the
 * 28 mm binding margin on the left and tighter top and bottom margins: type area 245 × 160 mm.
 */
export const A4_LANDSCAPE: PageGeometry = {
  orientation: 'landscape',
  widthMm: 297,
  heightMm: 210,
  margin: { top: 25, right: 24, bottom: 25, left: 28 },
}

export function contentWidth(page: PageGeometry): number {
  return page.widthMm - page.margin.left - page.margin.right
}

export function contentHeight(page: PageGeometry): number {
  return page.heightMm - page.margin.top - page.margin.bottom
}

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72

/**
 * Chinese type sizes (字号) in points, as GB/T 9704 names them: title 2号小标宋, body 3号仿宋.
 * Tables use 4号 and 小4 so that a row of 工作单位 fits.
 */
export const TYPE_SIZES_PT = {
  title: 22, // 2号
  body: 16, // 3号
  info: 14, // 4号
  table: 12, // 小4
  tableSmall: 10.5, // 5号
  pageNumber: 14, // 4号
} as const

/**
 * Font stacks with fallbacks present on Windows (方正小标宋 if installed, SimSun, SimHei,
 * FangSong), UOS/Deepin and Debian (Noto CJK, WenQuanYi). Print views use these verbatim.
 */
export const FONT_STACKS = {
  title:
    '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "STZhongsong", "华文中宋", "SimHei", "黑体", "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", serif',
  heading:
    '"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif',
  body: '"FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif',
  table:
    '"SimSun", "宋体", "NSimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "WenQuanYi Zen Hei", serif',
} as const

/**
 * The fixed heights of a paginated table document. Rows never grow: long cell text is
 * shrunk or clipped by the view (see fitFontSize), so the page count here is the page count
 * on paper.
 */
export interface TableLayout {
  page: PageGeometry
  /** Title block (title line and the space under it). */
  titleMm: number
  /** Lines under the title: time and place, organizer, 制表单位… */
  infoMm: number
  /** True: title and info are repeated on every page; false: first page only. */
  repeatTitle: boolean
  /** The column header row, repeated on every page. */
  headerMm: number
  rowMm: number
  /** What follows the last row, on the last page only (应到/实到, totals). */
  footerMm: number
}

/**
 * 签到表: portrait, tall rows for handwritten signatures, title on every page (a loose page
 * still says which meeting it belongs to).
 *   title 16 mm: 2号 (22 pt ≈ 7.8 mm) at 1.5 line height plus 4.4 mm space;
 *   info 14 mm: two lines of 4号 (14 pt ≈ 4.9 mm) at 1.4 line height;
 *   header 10 mm; rows 12 mm; footer 10 mm.
 */
export const SIGN_IN_LAYOUT: TableLayout = {
  page: A4_PORTRAIT,
  titleMm: 16,
  infoMm: 14,
  repeatTitle: true,
  headerMm: 10,
  rowMm: 12,
  footerMm: 10,
}

/** 花名册: landscape, title on the first page, header on every page, 8 mm rows. */
export const ROSTER_LAYOUT: TableLayout = {
  page: A4_LANDSCAPE,
  titleMm: 14,
  infoMm: 8,
  repeatTitle: false,
  headerMm: 10,
  rowMm: 8,
  footerMm: 8,
}

/** 活动台账: landscape, two-line header and rows (long titles), totals row plus summary. */
export const LEDGER_LAYOUT: TableLayout = {
  page: A4_LANDSCAPE,
  titleMm: 14,
  infoMm: 8,
  repeatTitle: false,
  headerMm: 12,
  rowMm: 10,
  footerMm: 26,
}

/** 登记表: portrait; heights of its blocks (the grid, sub-record tables, long texts). */
export const PERSON_FORM_LAYOUT = {
  page: A4_PORTRAIT,
  titleMm: 18,
  infoMm: 8,
  gridRowMm: 11,
  sectionTitleMm: 9,
  tableHeaderMm: 9,
  tableRowMm: 9,
  textLineMm: 7,
  /** Characters of 小4 on one line of a full-width text cell (156 mm − label column). */
  textCharsPerLine: 30,
} as const
