import { importFileText as text } from '../../../shared/i18n/imports'
import { columnNumber } from '../../../shared/import/columnLetter'
import type { RawCell } from '../../../shared/import/rawCell'
import { SPREADSHEET_LIMITS } from './limits'
import type { SheetRow } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { isoCellDate, numericCell } from './numericCell'
import { itemText, type XlsxBook } from './xlsxBook'
import { decodeXmlText, xmlAttribute } from './xmlText'

const P = '(?:[A-Za-z_][\\w.-]*:)?'
/**
 * A row opening (or an empty self-closed row), a row end, or one whole cell. A cell's content
 * never holds another cell's opening: a cell left open gives up at the next one instead of
 * searching to the end of the row (a row of unclosed cells would cost cells × row length).
 */
const TOKEN = new RegExp(
  `<${P}row\\b([^>]*?)(/)?>|</${P}row>|<${P}c\\b([^>]*?)(?:/>|>([^<]*(?:<(?!${P}c[\\s/>])[^<]*)*?)</${P}c>)`,
  'g',
)
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([^<]*)</${P}v>`)
/** Attributes written other than ` name="value"`: tabs or line breaks, single quotes, ` = `. */
const UNUSUAL_LAYOUT = /[\t\n\r']|\s=|=\s/

/**
 * How far back from a new piece a row end is looked for: `</row>` split over two pieces, or
 * `</x:row>` with a namespace prefix. A longer prefix split at the seam only delays its rows
 * to the next row end (or the end of the part).
 */
const SEAM_CHARS = 64

/**
 * Turns the XML of one worksheet, fed in pieces as it is inflated, into rows of plain cells
 * (row numbers as Excel shows them, cells from column A). Only whole rows are parsed: text
 * after the last complete row waits for the next piece. Shared strings, date formats and the
 * 1904 date system come from the book.
 *
 * Linear in the part: each piece is searched once for a row end (never what came before it
 * again), and a row that does not end within SPREADSHEET_LIMITS.maxRowChars, or holds more
 * cells than Excel allows, is refused (SECURITY.md "Hostile workbooks").
 */
export class SheetRowParser {
  /** Text after the last complete row: the row being read. */
  private pending = ''
  /** The last SEAM_CHARS of what was pushed, kept apart: slicing `pending` would copy it. */
  private seam = ''
  private lastRow = 0

  constructor(
    private readonly book: XlsxBook,
    private readonly sheet: string,
  ) {}

  /** Adds the next piece of the part's text; answers the rows it completed. */
  push(piece: string): SheetRow[] {
    const window = this.seam + piece
    this.seam = window.slice(-SEAM_CHARS)
    const end = lastRowEnd(window)
    this.pending += piece
    // A row end inside the seam was already cut at (cut 0): nothing new has ended.
    const cut = end === -1 ? 0 : this.pending.length - window.length + end
    if (cut <= 0) {
      this.checkRowLength()
      return []
    }
    const ready = this.pending.slice(0, cut)
    this.pending = this.pending.slice(cut)
    this.checkRowLength()
    return this.parse(ready)
  }

  /** The row being read has run past any row a spreadsheet writer makes. */
  private checkRowLength(): void {
    if (this.pending.length > SPREADSHEET_LIMITS.maxRowChars)
      throw new SpreadsheetError(
        'hugeRow',
        text.hugeRow(this.sheet, this.lastRow + 1, SPREADSHEET_LIMITS.maxRowChars / 2 ** 20),
      )
  }

  /** The part is over: whatever is left is parsed (a sheet of self-closed rows only). */
  end(): SheetRow[] {
    const rest = this.pending
    this.pending = ''
    this.seam = ''
    return this.parse(rest)
  }

  private parse(xml: string): SheetRow[] {
    const rows: SheetRow[] = []
    let cells: RawCell[] | null = null
    let column = 0
    let rowNumber = 0
    let cellCount = 0
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
      const [, rowAttributes, selfClosed, cellAttributes, content] = m
      if (cellAttributes !== undefined) {
        if (!cells) continue
        // Cells may repeat a reference (A1 a million times): counted, not only placed.
        if (++cellCount > SPREADSHEET_LIMITS.maxColumns)
          throw new SpreadsheetError(
            'hugeRow',
            text.tooManyCells(this.sheet, rowNumber, SPREADSHEET_LIMITS.maxColumns),
          )
        const ref = tokenAttribute(cellAttributes, 'r')
        column = ref === undefined ? column + 1 : columnNumber(ref)
        if (column < 1 || column > SPREADSHEET_LIMITS.maxColumns) {
          throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(this.sheet, ref ?? '—'))
        }
        while (cells.length < column - 1) cells.push(null)
        cells[column - 1] = this.cellValue(cellAttributes, content)
      } else if (rowAttributes !== undefined) {
        rowNumber = this.rowNumber(rowAttributes)
        column = 0
        cellCount = 0
        cells = []
        if (selfClosed) {
          rows.push([rowNumber, cells])
          cells = null
        }
      } else if (cells) {
        rows.push([rowNumber, cells])
        cells = null
      }
    }
    return rows
  }

  private rowNumber(attributes: string): number {
    const r = xmlAttribute(attributes, 'r')
    const n = r === undefined ? this.lastRow + 1 : Number(r)
    if (!Number.isInteger(n) || n < 1 || n > SPREADSHEET_LIMITS.maxRows) {
      throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(this.sheet, r ?? '—'))
    }
    this.lastRow = n
    return n
  }

  private cellValue(attributes: string, content: string | undefined): RawCell {
    if (!content) return null
    const type = tokenAttribute(attributes, 't')
    if (type === 'inlineStr') return itemText(content)
    const raw = valueText(content)
    if (raw === undefined) return null
    switch (type) {
      case 's':
        return this.book.sharedStrings[Number(raw)] ?? null
      case 'str':
        return decodeXmlText(raw)
      case 'b':
        return raw.trim() !== '0' && raw.trim() !== 'false'
      case 'e':
        return null
      case 'd':
        return isoCellDate(raw)
      default: {
        if (raw.trim() === '') return null
        const n = Number(raw)
        if (!Number.isFinite(n)) return null
        const style = tokenAttribute(attributes, 's')
        return numericCell(
          n,
          style === undefined ? undefined : this.book.numberStyles[Number(style)],
          this.book.date1904,
        )
      }
    }
  }
}

/**
 * r, s and t of a cell are plain tokens (B12, 3, s): read without entity decoding, written
 * ` r="…"` by every writer; anything else goes through xmlAttribute.
 */
function tokenAttribute(attributes: string, name: 'r' | 's' | 't'): string | undefined {
  const key = name === 'r' ? ' r="' : name === 's' ? ' s="' : ' t="'
  const at = attributes.indexOf(key)
  if (at === -1) return UNUSUAL_LAYOUT.test(attributes) ? xmlAttribute(attributes, name) : undefined
  const end = attributes.indexOf('"', at + 4)
  return attributes.slice(at + 4, end === -1 ? undefined : end)
}

/** Where the text after the last complete row end starts; -1 when no row has ended. */
function lastRowEnd(xml: string): number {
  let at = xml.lastIndexOf('row>')
  while (at > 0) {
    // </row> or </x:row>; a '<' in text is always escaped, so this is markup.
    let i = at - 1
    if (xml.charCodeAt(i) === 0x3a /* ':' */) {
      // A prefix is short: a long walk back is text full of ':row>' and would cost per match.
      const stop = Math.max(0, at - SEAM_CHARS)
      while (i > stop && xml.charCodeAt(i - 1) !== 0x2f && xml.charCodeAt(i - 1) !== 0x3c) i--
      i--
    }
    if (xml.charCodeAt(i) === 0x2f && xml.charCodeAt(i - 1) === 0x3c) return at + 4
    at = xml.lastIndexOf('row>', at - 1)
  }
  return -1
}

function valueText(content: string): string | undefined {
  const at = content.indexOf('<v>')
  if (at !== -1) {
    const end = content.indexOf('</v>', at + 3)
    if (end !== -1) return content.slice(at + 3, end)
  }
  return VALUE.exec(content)?.[1]
}
