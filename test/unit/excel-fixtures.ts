import { strToU8, zipSync, type Zippable } from 'fflate'
import type { SheetRow } from '../../electron/services/excel/sheetMessages'
import { readXlsx } from '../../electron/services/excel/xlsxRows'
import type { MergedRange } from '../../shared/import/mergedCells'

/** A hand-built .xlsx: one sheet of XML as given, plus any extra parts (hostile ones). */
export function minimalXlsx(opts: {
  sheetXml: string | Uint8Array
  sheetName?: string
  sharedStrings?: string
  extra?: Zippable
  level?: 0 | 6 | 9
}): Uint8Array {
  const name = opts.sheetName ?? 'Sheet1'
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml':
      typeof opts.sheetXml === 'string' ? strToU8(opts.sheetXml) : opts.sheetXml,
    ...(opts.sharedStrings ? { 'xl/sharedStrings.xml': strToU8(opts.sharedStrings) } : {}),
    ...opts.extra,
  }
  return zipSync(files, { level: opts.level ?? 6 })
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Sheet XML from rows of inline strings; `refs` may place a cell anywhere. */
export function sheetXml(
  rows: (string | null)[][],
  opts: { doctype?: string; refs?: string[] } = {},
): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) =>
          v === null
            ? ''
            : `<c r="${opts.refs?.[r] ?? `${String.fromCharCode(65 + c)}${r + 1}`}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
        )
        .join('')
      return `<row r="${r + 1}">${cs}</row>`
    })
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${opts.doctype ?? ''}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`
}

/** Overwrites the uncompressed size of one entry, in its local header and the directory. */
export function lieAboutSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const buf = Buffer.from(zip)
  const name = Buffer.from(entry)
  for (let p = 0; p < buf.length - 46; p++) {
    const sig = buf.readUInt32LE(p)
    if (sig === 0x04034b50 && buf.subarray(p + 30, p + 30 + name.length).equals(name)) {
      buf.writeUInt32LE(size, p + 22)
    } else if (sig === 0x02014b50 && buf.subarray(p + 46, p + 46 + name.length).equals(name)) {
      buf.writeUInt32LE(size, p + 24)
    }
  }
  return buf
}

/** An OLE2 compound file header, with an optional stream name (UTF-16) in its directory. */
export function ole2(streamName?: string): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  const body = Buffer.alloc(4096)
  if (streamName) Buffer.from(streamName, 'utf16le').copy(body, 1024)
  return Buffer.concat([header, body])
}

export interface ReadSheet {
  name: string
  hidden: boolean
  rows: SheetRow[]
  merges?: MergedRange[]
}

/** Every sheet of an .xlsx as the import's reader hands it over. */
export async function readAll(
  bytes: Uint8Array,
  skip?: (sheet: string) => boolean,
): Promise<ReadSheet[]> {
  const reader = readXlsx(bytes)
  const sheets: ReadSheet[] = []
  for await (const event of reader) {
    if (event.type === 'sheet') {
      sheets.push({ name: event.name, hidden: event.hidden, rows: [] })
      if (skip?.(event.name)) reader.skipSheet()
    } else if (event.type === 'merges') {
      sheets.at(-1)!.merges = event.ranges
    } else {
      sheets.at(-1)!.rows.push(...event.rows)
    }
  }
  return sheets
}
