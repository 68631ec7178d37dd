import type BetterSqlite3 from 'better-sqlite3'
import { personBulkWriter, type PersonBulkWriter } from '../../../db/repos/personsBulk'
import type { ImportSheetReport, SheetMapping } from '../../../shared/contract/imports'
import { importFileText, importRowText } from '../../../shared/i18n/imports'
import { classifyRow, headerEcho, type HeaderEcho } from '../../../shared/import/classifyRow'
import { HEADER_SCAN_ROWS, type GridRow } from '../../../shared/import/detectHeader'
import { MergeFill } from '../../../shared/import/mergedCells'
import type { ImportField } from '../../../shared/import/importFields'
import { normalizeRow, type RowIssue } from '../../../shared/import/normalizeRow'
import { cellText, type RawCell } from '../../../shared/import/rawCell'
import type { ChosenEncoding, TextEncoding } from '../excel/decodeText'
import type { SpreadsheetKind } from '../excel/fileKind'
import { FORBIDDEN_NAMES } from '../excel/limits'
import type { LongWork } from '../../core/longWork'
import { openSpreadsheet } from '../excel/openSpreadsheet'
import type { NameReading, SheetEvent, SheetRow } from '../excel/sheetMessages'
import { SpreadsheetError } from '../excel/spreadsheetError'
import { dictionaryLookup } from './dictionaryLookup'
import { mergeUpdate } from './mergeUpdate'
import { personMatcher, rowKey, type PersonMatch } from './matchPerson'
import type { RowOutcome } from './rowOutcome'
import type { NamePinyin } from '../../../shared/persons/searchKeys'
import type { PersonFields } from '../../../shared/persons/types'
import { sheetHeader, type SheetHeader } from './sheetHeader'
import { sheetTownship, withSheetTownship } from './sheetTownship'

export interface ImportRun {
  sqlite: BetterSqlite3.Database
  bytes: Uint8Array
  fileName: string
  sheet?: string | undefined
  mapping: readonly SheetMapping[]
  /** A text file's encoding as the user chose it. */
  encoding?: ChosenEncoding | undefined
  remembered: ReadonlyMap<string, ImportField | null>
  today: string
  /** This installation's unit: persons registered elsewhere are not changed by an import. */
  selfUnitId: string
  /** Every data row's outcome, in file order. Synchronous: apply writes here. */
  onRow(outcome: RowOutcome): void
  /** Data rows looked at so far, every few hundred. */
  onProgress?(rows: number): void
  /** The persons writer, when the caller writes too (apply): reads go through the same one. */
  bulk?: PersonBulkWriter
  /** Filled with the header texts of each sheet (by column) as soon as its header is found. */
  headers: Map<string, string[]>
  /** Nobody is registered yet: every row that is not a duplicate is a create. */
  registerEmpty?: boolean
  /** Beside the call queue (a preview): each batch is decided in a turn; cancel stops it. */
  work?: LongWork
}

export interface ImportRunSummary {
  format: SpreadsheetKind
  encoding: TextEncoding | null
  sheets: ImportSheetReport[]
}

interface SheetState {
  /** Its place among the sheets the reader sent, from 1. */
  ordinal: number
  report: ImportSheetReport
  grid: SheetRow[]
  merges: MergeFill | null
  header: SheetHeader | null
  echo: HeaderEcho | null
  decided: boolean
  active: boolean
}

const PROGRESS_EVERY = 500

/**
 * Reads a roster and decides each data row, for the preview and for apply alike: header
 * rows found per sheet, 合计/注/blank rows skipped, every other row normalized
 * (normalizeRow), compared with the rows before it (the same person twice is a duplicate)
 * and with the register (create, update, unchanged, or refused). Writes nothing itself.
 */
export async function runImport(run: ImportRun): Promise<ImportRunSummary> {
  const turn = run.work?.turn ?? (async <T>(step: () => T) => step())
  const bulk = run.bulk ?? personBulkWriter(run.sqlite)
  const { match, resolveDictionary } = await turn(() => ({
    match: personMatcher(run.sqlite, bulk),
    resolveDictionary: dictionaryLookup(run.sqlite),
  }))
  const opened = openSpreadsheet(run.bytes, run.fileName, run.sheet, run.encoding)
  const seen = new Map<string, { sheet: string; row: number }>()
  const sheets: ImportSheetReport[] = []
  const headers = run.headers
  let current: SheetState | null = null
  let sheetsSeen = 0
  let rowsSeen = 0

  const finishHeader = (s: SheetState) => {
    s.decided = true
    const grid: GridRow[] = s.grid.map(([row, cells]) => ({
      row,
      cells: cells.map((c) => cellText(c) || null),
    }))
    const manual = run.mapping.find((m) => m.sheet === s.report.name)
    s.header = sheetHeader(grid, run.remembered, manual)
    for (const c of s.header?.columns ?? []) {
      if (FORBIDDEN_NAMES.has(c.header) || FORBIDDEN_NAMES.has(c.group))
        forbidden(c.header || c.group)
    }
    if (!s.header) {
      s.active = false
      s.report.status = grid.length ? 'noHeader' : 'empty'
      s.report.message = grid.length
        ? importFileText.noHeader(s.report.name)
        : importFileText.sheetEmpty(s.report.name)
      opened.reader.skipSheet()
      return
    }
    s.report.status = 'read'
    s.report.headerRows = s.header.headerRows
    s.report.columns = s.header.columns
    const township = sheetTownship(s.report.name, s.header, manual, resolveDictionary)
    if (township) {
      s.report.sheetTownship = { name: township.name, applied: township.applied }
      if (township.applied) s.header = township.header
    }
    s.echo = headerEcho(s.header.columns)
    const nameColumn = s.header.mapped.find((m) => m.field === 'name')
    if (nameColumn) opened.reader.nameColumn?.(s.ordinal, nameColumn.index)
    headers.set(
      s.report.name,
      s.header.columns.reduce<string[]>((out, c) => ((out[c.index] = c.header), out), []),
    )
    const last = s.header.headerRows.at(-1) ?? 0
    for (const r of s.grid) if (r[0] > last) dataRow(s, r)
    s.grid = []
  }

  const dataRow = (s: SheetState, [row, raw, named]: SheetRow) => {
    const header = s.header!
    const cells = s.merges ? s.merges.fill(row, raw) : raw
    const kind = classifyRow(
      cells.map((c) => (c === null ? null : cellText(c))),
      s.echo,
    )
    if (kind !== 'data') {
      s.report.skippedRows++
      return
    }
    s.report.dataRows++
    if (++rowsSeen % PROGRESS_EVERY === 0) run.onProgress?.(rowsSeen)
    run.onRow(decide(s.report.name, row, cells, header, named))
  }

  const decide = (
    sheet: string,
    row: number,
    cells: RawCell[],
    header: SheetHeader,
    /** The reading worker's name and pinyin of the 姓名 cell, when it sent them. */
    named: NameReading | undefined,
  ): RowOutcome => {
    const normalized = normalizeRow(withSheetTownship(cells, header), header.mapped, {
      today: run.today,
      resolveDictionary,
    })
    const nameColumn = header.mapped.find((m) => m.field === 'name')
    const nameText = nameColumn ? cellText(cells[nameColumn.index]).trim() || null : null
    const base = { sheet, row, cells, name: nameText, warnings: normalized.warnings }
    if (!normalized.ok) return { ...base, kind: 'rejected', error: normalized.error }
    const fields = normalized.fields
    base.name = fields.name
    const key = rowKey(fields)
    const first = seen.get(key.key)
    if (first) return { ...base, kind: 'duplicate', first, by: key.by }
    const found: PersonMatch = run.registerEmpty ? { kind: 'none' } : match(fields)
    const note = (message: string) => base.warnings.push(issue(message))
    if (found.kind === 'binned') {
      return { ...base, kind: 'rejected', error: issue(importRowText.inRecycleBin, 'idNumber') }
    }
    if (found.kind === 'ambiguous')
      return { ...base, kind: 'rejected', error: issue(importRowText.ambiguous) }
    seen.set(key.key, { sheet, row })
    if (found.kind === 'none')
      return { ...base, kind: 'create', fields, pinyin: workerPinyin(named, fields) }
    const matched = found.person
    if (found.by !== 'idNumber') note(importRowText.matchedByName)
    else if (matched.fields.name !== fields.name) note(importRowText.nameDiffers)
    const { changed } = mergeUpdate(matched.fields, fields, normalized.given)
    if (changed.length === 0) return { ...base, kind: 'unchanged', person: matched }
    if (matched.siteId !== run.selfUnitId) {
      return { ...base, kind: 'rejected', error: issue(importRowText.notOwned) }
    }
    // An update rewrites the whole record: merge into all of it, sub-records included.
    const person = bulk.complete(matched)
    const { merged } = mergeUpdate(person.fields, fields, normalized.given)
    return {
      ...base,
      kind: 'update',
      person,
      fields: merged,
      changed,
      pinyin: workerPinyin(named, merged),
    }
  }

  const endSheet = () => {
    if (current && !current.decided && current.active) finishHeader(current)
    current = null
  }

  /** One batch of the reader, decided in one turn: its reads see one state of the register. */
  const take = (event: SheetEvent) => {
    if (event.type === 'sheet') {
      endSheet()
      if (FORBIDDEN_NAMES.has(event.name)) forbidden(event.name)
      const report: ImportSheetReport = {
        name: event.name,
        status: event.hidden ? 'hidden' : 'read',
        message: event.hidden ? importFileText.hiddenSheet(event.name) : null,
        headerRows: [],
        columns: [],
        dataRows: 0,
        skippedRows: 0,
        sheetTownship: null,
      }
      sheets.push(report)
      current = {
        ordinal: ++sheetsSeen,
        report,
        grid: [],
        merges: null,
        header: null,
        echo: null,
        decided: false,
        active: !event.hidden,
      }
      return
    }
    const s: SheetState | null = current
    if (!s || !s.active) return
    if (event.type === 'merges') {
      s.merges = new MergeFill(event.ranges)
      return
    }
    for (const r of event.rows) {
      if (!s.active) break
      if (!s.decided) {
        s.grid.push(r)
        if (s.grid.length >= HEADER_SCAN_ROWS) finishHeader(s)
      } else {
        dataRow(s, r)
      }
    }
  }

  // Leaving the loop early (a refusal, a cancel) ends the reading worker too.
  for await (const event of opened.reader) {
    await turn(() => take(event))
  }
  await turn(endSheet)
  if (run.sheet !== undefined && sheets.length === 0) {
    throw new SpreadsheetError('sheetNotFound', importFileText.sheetNotFound(run.sheet))
  }
  if (!sheets.some((s) => s.status === 'read')) {
    const only = sheets.length === 1 ? sheets[0]!.message : null
    throw new SpreadsheetError('nothingReadable', only ?? importFileText.nothingReadable)
  }
  return { format: opened.kind, encoding: opened.encoding, sheets }
}

/** The worker's pinyin of the row's name, when the name it read is the one decided. */
function workerPinyin(
  named: NameReading | undefined,
  fields: PersonFields,
): NamePinyin | undefined {
  return named?.name === fields.name ? named.pinyin : undefined
}

function issue(message: string, field: ImportField | null = null): RowIssue {
  return { field, column: null, message }
}

function forbidden(name: string): never {
  throw new SpreadsheetError('forbiddenName', importFileText.forbiddenName(name))
}
