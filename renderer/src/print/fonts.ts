import { FONT_STACKS } from '../../../shared/documents/geometry'

/**
 * The faces of the printed documents, after GB/T 9704 habits: title in 小标宋 (or a heavy
 * Song/Hei), headings in 黑体, body in 仿宋, table text in 宋体. The family stacks live in
 * shared/documents/geometry (FONT_STACKS); this adds two local faces so that the title and
 * headings are heavy on every system without faking bold on a face that is heavy already:
 * 方正小标宋 and SimHei are used as they are, Noto CJK by its Bold file.
 */

/** Installed fonts in order of preference, by full or PostScript name (CSS `local()`). */
export const TITLE_FACES = [
  '方正小标宋简体',
  'FZXiaoBiaoSong-B05S',
  'FZXBSJW--GB1-0',
  '方正小标宋_GBK',
  'FZXiaoBiaoSong-B05',
  '华文中宋',
  'STZhongsong',
  '黑体',
  'SimHei',
  'Noto Serif CJK SC Bold',
  'NotoSerifCJKsc-Bold',
  'Source Han Serif SC Bold',
  'SourceHanSerifSC-Bold',
  'Noto Sans CJK SC Bold',
  'NotoSansCJKsc-Bold',
  'WenQuanYi Zen Hei',
]

export const HEADING_FACES = [
  '黑体',
  'SimHei',
  'Noto Sans CJK SC Bold',
  'NotoSansCJKsc-Bold',
  'Source Han Sans SC Bold',
  'SourceHanSansSC-Bold',
  'WenQuanYi Zen Hei',
]

const TITLE_FAMILY = 'XL Document Title'
const HEADING_FAMILY = 'XL Document Heading'

/** The CSS font-family of each role, as the print stylesheet reads them. */
export const PRINT_FONTS = {
  title: `"${TITLE_FAMILY}", ${FONT_STACKS.title}`,
  heading: `"${HEADING_FAMILY}", ${FONT_STACKS.heading}`,
  body: FONT_STACKS.body,
  table: FONT_STACKS.table,
} as const

function localFace(family: string, faces: readonly string[]): string {
  const src = faces.map((f) => `local("${f.replace(/"/g, '')}")`).join(', ')
  return `@font-face { font-family: "${family}"; src: ${src}; font-weight: normal; font-style: normal; }`
}

/** The style sheet text: the local faces and one custom property per role. */
export function printFontCss(): string {
  return [
    localFace(TITLE_FAMILY, TITLE_FACES),
    localFace(HEADING_FAMILY, HEADING_FACES),
    `.xl-print-root {`,
    `  --xl-font-title: ${PRINT_FONTS.title};`,
    `  --xl-font-heading: ${PRINT_FONTS.heading};`,
    `  --xl-font-body: ${PRINT_FONTS.body};`,
    `  --xl-font-table: ${PRINT_FONTS.table};`,
    `}`,
  ].join('\n')
}

/** `@page` for one document: A4 in its orientation, no margins (each sheet draws its own). */
export function pageRuleCss(orientation: 'portrait' | 'landscape'): string {
  return `@page { size: A4 ${orientation}; margin: 0; }`
}
