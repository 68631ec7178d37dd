import { basename, extname } from 'node:path'
import { listImportBatches } from '../../db/repos/imports'
import type { ImportBatchInfo, SheetMapping } from '../../shared/contract/imports'
import {
  importAuditText,
  importReportText,
  importSessionText,
  templateText,
} from '../../shared/i18n/imports'
import { AppError } from '../core/appError'
import { currentUser, type HandlerContext } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import { errorReportWorkbook } from '../services/excel/errorReportWorkbook'
import { templateWorkbook } from '../services/excel/templateWorkbook'
import { applyImport } from '../services/import/applyImport'
import { previewImport } from '../services/import/previewImport'
import { rollbackImport } from '../services/import/rollbackImport'
import { dropSession, getSession } from '../services/import/sessions'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The bytes a renderer sent as base64; a malformed text is refused, not half decoded. */
export function decodeBase64(data: string): Uint8Array {
  if (data.length % 4 !== 0 || !BASE64.test(data))
    throw new AppError('BAD_INPUT', importSessionText.badBase64)
  return Buffer.from(data, 'base64')
}

function sessionOf(ctx: HandlerContext, token: string) {
  return getSession(ctx.sqlite, token, currentUser(ctx).userId, ctx.clock.nowMs())
}

export const importsHandlers: DomainHandlers<
  | 'imports.preview'
  | 'imports.remap'
  | 'imports.apply'
  | 'imports.discard'
  | 'imports.errorReport'
  | 'imports.template'
  | 'imports.list'
  | 'imports.rollback'
> = {
  'imports.preview': (ctx, input) =>
    previewImport(ctx, {
      bytes: decodeBase64(input.data),
      fileName: basename(input.fileName.replace(/\\/g, '/')),
      sheet: input.sheet,
      mapping: (input.mapping ?? []) as SheetMapping[],
      encoding: input.encoding,
      rowLimit: input.rowLimit,
    }),

  'imports.remap': (ctx, { token, mapping, encoding, rowLimit }) => {
    const s = sessionOf(ctx, token)
    if (s.applied) throw new AppError('CONFLICT', importSessionText.expired)
    return previewImport(ctx, {
      bytes: s.bytes,
      fileName: s.fileName,
      sheet: s.sheet,
      mapping: (mapping ?? []) as SheetMapping[],
      // An encoding once chosen stays until another is chosen.
      encoding: encoding ?? s.encoding,
      rowLimit,
      token,
    })
  },

  'imports.apply': (ctx, input) => applyImport(ctx, input as Parameters<typeof applyImport>[1]),

  'imports.discard': (ctx, { token }) => {
    sessionOf(ctx, token)
    dropSession(ctx.sqlite, token)
    return null
  },

  'imports.errorReport': async (ctx, { token }) => {
    const s = sessionOf(ctx, token)
    const sheets = new Map<string, { name: string; headers: string[]; rows: typeof s.rejected }>()
    for (const r of s.rejected) {
      let sheet = sheets.get(r.sheet)
      if (!sheet)
        sheets.set(
          r.sheet,
          (sheet = { name: r.sheet, headers: s.headers.get(r.sheet) ?? [], rows: [] }),
        )
      sheet.rows.push(r)
    }
    const data = await errorReportWorkbook([...sheets.values()])
    const base = basename(s.fileName, extname(s.fileName))
    ctx.note({
      objectType: 'import',
      detail: importAuditText.errorReport(s.fileName, s.rejected.length),
    })
    return { fileName: importReportText.fileName(base), data: data.toString('base64') }
  },

  'imports.template': async () => ({
    fileName: templateText.fileName,
    data: (await templateWorkbook()).toString('base64'),
  }),

  'imports.list': async (ctx, { page, pageSize }) => {
    const { total, rows } = await listImportBatches(ctx.db, page, pageSize)
    const items: ImportBatchInfo[] = rows.map((b) => ({
      id: b.id,
      kind: b.kind,
      at: b.at,
      username: b.username,
      fileName: b.file_name,
      sheets: JSON.parse(b.sheets) as string[],
      counts: {
        created: b.created_count,
        updated: b.updated_count,
        unchanged: b.unchanged_count,
        duplicates: b.duplicate_count,
        rejected: b.rejected_count,
        warnings: b.warning_count,
      },
      status: b.status,
      rolledBackAt: b.rolled_back_at,
      rolledBackBy: b.rolled_back_by,
    }))
    return { total, items }
  },

  'imports.rollback': (ctx, { batchId }) => rollbackImport(ctx, batchId),
}
