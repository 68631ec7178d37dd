/*
 * officeStyles.ts (the look of the sheets offices send: 宋体, bold merged title, grey bordered
 * header, thin borders) as the styles part of an .xlsx written directly: one cell format (xf)
 * per kind of cell, which cells name by index.
 */

/** Index of each cell format in cellXfs below. */
export const OFFICE_STYLE = {
  default: 0,
  title: 1,
  subtitle: 2,
  header: 3,
  /** Text cells are formatted as Text (@): what starts with = + - @ stays text when edited. */
  text: 4,
  number: 5,
  note: 6,
} as const

const font = (size: number, bold = false) =>
  `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`
const side = (name: string) => `<${name} style="thin"><color rgb="FF000000"/></${name}>`
const xf = (
  fontId: number,
  opts: { fill?: number; border?: number; numFmt?: number; align?: string } = {},
) =>
  `<xf numFmtId="${opts.numFmt ?? 0}" fontId="${fontId}" fillId="${opts.fill ?? 0}" borderId="${opts.border ?? 0}" xfId="0"` +
  `${opts.numFmt ? ' applyNumberFormat="1"' : ''} applyFont="1"${opts.border ? ' applyBorder="1"' : ''}` +
  `${opts.fill ? ' applyFill="1"' : ''} applyAlignment="1"><alignment ${opts.align ?? ''}/></xf>`

const CENTER = 'horizontal="center" vertical="center"'
const TEXT_FORMAT = 49

export const OFFICE_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="5">${font(11)}${font(18, true)}${font(11, true)}${font(10)}${font(11)}</fonts>` +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  xf(1, { align: `${CENTER} wrapText="1"` }) +
  xf(0, { align: 'horizontal="left" vertical="center" wrapText="1"' }) +
  xf(2, { fill: 2, border: 1, align: `${CENTER} wrapText="1"` }) +
  xf(0, { border: 1, numFmt: TEXT_FORMAT, align: 'vertical="center" wrapText="1"' }) +
  xf(0, { border: 1, align: CENTER }) +
  xf(3, { align: 'horizontal="left" vertical="center" wrapText="1"' }) +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  '</styleSheet>'
