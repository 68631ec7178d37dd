import { createHash } from 'node:crypto'
import { appliedBatchesOfFile } from '../../../db/repos/imports'
import type { ImportPreview, SheetMapping } from '../../../shared/contract/imports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import { IMPORT_FIELDS } from '../../../shared/import/importFields'
import type { ChosenEncoding } from '../excel/decodeText'
import { currentUser, type HandlerContext } from '../../core/context'
import { selfUnitIdOf, todayOf } from './contextFacts'
import { refusedFile } from './refusedFile'
import { registerIsEmpty } from './bulkWriteMode'
import { dictionaryNames } from './dictionaryLookup'
import { rememberedHeaders } from './headerMemory'
import { ImportReport } from './importReport'
import { runImport } from './runImport'
import type { RowOutcome } from './rowOutcome'
import {
  DECIDED_ROWS_KEPT,
  decisionKey,
  keepSession,
  newToken,
  type ImportSession,
} from './sessions'

export interface PreviewRequest {
  bytes: Uint8Array
  fileName: string
  sheet?: string | undefined
  mapping: SheetMapping[]
  encoding?: ChosenEncoding | undefined
  rowLimit: number
  /** Set when an existing preview is run again with another mapping. */
  token?: string
}

/**
 * A dry run of an import: every row decided as apply would decide it, nothing written. The
 * file, the report and the decisions stay in a session under a token, for apply (which
 * writes the decisions as they are if the register has not changed meanwhile) and for the
 * error report.
 */
export async function previewImport(
  ctx: HandlerContext,
  req: PreviewRequest,
): Promise<ImportPreview> {
  const user = currentUser(ctx)
  const today = todayOf(ctx)
  const unitId = await selfUnitIdOf(ctx)
  const key = decisionKey(ctx.sqlite, today, unitId, req.mapping)
  let decided: RowOutcome[] | null = []
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
    remembered: await rememberedHeaders(ctx.db),
    today,
    selfUnitId: unitId,
    headers,
    registerEmpty: registerIsEmpty(ctx.sqlite),
    onRow: (o) => {
      report.add(o)
      if (!decided) return
      if (decided.length >= DECIDED_ROWS_KEPT) decided = null
      // The cells are kept for the error report only: rejected rows hold on to theirs.
      else decided.push(o.kind === 'rejected' ? o : { ...o, cells: [] })
    },
  }).catch(refusedFile(ctx.log))
  report.addSkipped(summary.sheets)
  const sha256 = createHash('sha256').update(req.bytes).digest('hex')
  const previous = await appliedBatchesOfFile(ctx.db, sha256)
  const preview: ImportPreview = {
    token: req.token ?? newToken(),
    fileName: req.fileName,
    format: summary.format,
    encoding: summary.encoding,
    encodingChosen: summary.encoding !== null && req.encoding !== undefined,
    counts: report.counts,
    sheets: summary.sheets,
    rows: report.rows,
    rowsTruncated: report.truncated,
    toConfirm: report.toConfirm,
    previousImports: previous.map((b) => ({ batchId: b.id, at: b.at, username: b.username })),
    fields: IMPORT_FIELDS.map((field) => ({ field, label: personFieldLabels[field] })),
  }
  const session: ImportSession = {
    token: preview.token,
    userId: user.userId,
    createdAt: ctx.clock.nowMs(),
    fileName: req.fileName,
    bytes: req.bytes,
    sha256,
    sheet: req.sheet,
    encoding: req.encoding,
    mapping: req.mapping,
    preview,
    headers,
    rejected: report.rejected,
    decided: decided ? { key, outcomes: decided, sheets: summary.sheets } : null,
    applied: false,
  }
  keepSession(ctx.sqlite, session, ctx.clock.nowMs())
  return preview
}
