import { cachedNamePinyin } from '../../../db/repos/personsBulk'
import type { ImportRunSummary } from './runImport'
import type { SheetMapping } from '../../../shared/contract/imports'
import type { HandlerContext } from '../../core/context'
import type { LongWork } from '../../core/longWork'
import type { ChosenEncoding } from '../excel/decodeText'
import { registerIsEmpty } from './bulkWriteMode'
import { selfUnitIdOf, todayOf } from './contextFacts'
import { dictionaryNames } from './dictionaryLookup'
import { rememberedHeaders } from './headerMemory'
import { ImportReport } from './importReport'
import { refusedFile } from './refusedFile'
import type { RowOutcome } from './rowOutcome'
import { runImport } from './runImport'
import { DECIDED_ROWS_KEPT, decisionKey, type DecidedImport } from './sessions'

export interface DecideRequest {
  bytes: Uint8Array
  fileName: string
  sheet?: string | undefined
  mapping: SheetMapping[]
  /** A text file's encoding as the user chose it; undefined: decided from the bytes. */
  encoding?: ChosenEncoding | undefined
  rowLimit: number
}

export interface DecidedFile {
  summary: ImportRunSummary
  report: ImportReport
  /** Null when the file has too many rows to hold their decisions (apply reads it again). */
  decided: DecidedImport | null
  headers: Map<string, string[]>
}

/**
 * Reads a file and decides every row as apply would, writing nothing: the preview, and apply
 * when the preview's decisions went stale. Beside the call queue, in turns; the key is taken
 * in the first turn, so a write to the register in between makes the decisions stale, never
 * wrong.
 */
export async function decideFile(
  ctx: HandlerContext,
  req: DecideRequest,
  work: LongWork,
): Promise<DecidedFile> {
  const facts = await work.turn(async () => {
    const today = todayOf(ctx)
    const unitId = await selfUnitIdOf(ctx)
    return {
      today,
      unitId,
      key: decisionKey(ctx.sqlite, today, unitId, req.mapping),
      remembered: await rememberedHeaders(ctx.db),
      registerEmpty: registerIsEmpty(ctx.sqlite),
    }
  })
  let outcomes: RowOutcome[] | null = []
  const pinyinOf = cachedNamePinyin()
  const headers = new Map<string, string[]>()
  const report = new ImportReport(
    req.rowLimit,
    (sheet, column) => headers.get(sheet)?.[column] ?? null,
    dictionaryNames(ctx.sqlite),
  )
  const summary = await runImport({
    sqlite: ctx.sqlite,
    bytes: req.bytes,
    fileName: req.fileName,
    sheet: req.sheet,
    mapping: req.mapping,
    encoding: req.encoding,
    remembered: facts.remembered,
    today: facts.today,
    selfUnitId: facts.unitId,
    headers,
    registerEmpty: facts.registerEmpty,
    work,
    onRow: (o) => {
      report.add(o)
      if (!outcomes) return
      if (outcomes.length >= DECIDED_ROWS_KEPT) outcomes = null
      // The cells are kept for the error report only: rejected rows hold on to theirs.
      else if (o.kind === 'rejected') outcomes.push(o)
      // The pinyin is worked out here (by the reading worker when it could), beside the
      // queue, so that apply — which holds the queue while it writes — does not: at a city
      // a fifth of apply's row loop.
      else if (o.kind === 'create' || o.kind === 'update')
        outcomes.push({ ...o, cells: [], pinyin: o.pinyin ?? pinyinOf(o.fields.name) })
      else outcomes.push({ ...o, cells: [] })
    },
  }).catch(refusedFile(ctx.log))
  report.addSkipped(summary.sheets)
  return {
    summary,
    report,
    decided: outcomes ? { key: facts.key, outcomes, sheets: summary.sheets } : null,
    headers,
  }
}
