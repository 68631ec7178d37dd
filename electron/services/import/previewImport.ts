import { createHash } from 'node:crypto'
import { appliedBatchesOfFile } from '../../../db/repos/imports'
import type { ImportPreview } from '../../../shared/contract/imports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import { IMPORT_FIELDS } from '../../../shared/import/importFields'
import { currentUser, type HandlerContext } from '../../core/context'
import { longWorkOf } from '../../core/longWork'
import { decideFile, type DecideRequest } from './decideFile'
import { keepSession, newToken, type ImportSession } from './sessions'

export interface PreviewRequest extends DecideRequest {
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
  const work = longWorkOf(ctx)
  const { summary, report, decided, headers } = await decideFile(ctx, req, work)
  const sha256 = createHash('sha256').update(req.bytes).digest('hex')
  const previous = await work.turn(() => appliedBatchesOfFile(ctx.db, sha256))
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
    decided,
    applied: false,
  }
  keepSession(ctx.sqlite, session, ctx.clock.nowMs())
  return preview
}
