import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { EXPORT_INLINE_MAX_BYTES, type ExportResult } from '../../../shared/contract/exports'
import { exportText } from '../../../shared/i18n/exports'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { longWorkOf } from '../../core/longWork'
import { writeFileSafely } from '../files/safeWrite'
import { EXPORTS_FOLDER_WRITE, exportsDir } from './exportFiles'

/**
 * Writes an export into the data directory's exports folder (atomically) and hands it over:
 * as base64 when small enough (the file is removed again), else by its path. Writes the
 * export's audit row either way — ok with `detail(rows)`, or failed with why.
 */
export async function deliverExport(
  ctx: HandlerContext,
  opts: {
    action: string
    fileName: string
    masked: boolean
    write(path: string): Promise<{ rows: number; detail: string }>
  },
): Promise<ExportResult> {
  const target = join(exportsDir(ctx.files.dataDir), opts.fileName)
  // Long work: the audit row is written in a turn of its own (LongWork.record).
  const audit = (result: 'ok' | 'failed', detail: string) =>
    longWorkOf(ctx).record(() =>
      ctx.audit({
        action: opts.action,
        object_type: 'export',
        object_id: null,
        result,
        detail,
        user: ctx.session.get(),
      }),
    )
  try {
    const done = await writeFileSafely(target, EXPORTS_FOLDER_WRITE, opts.write).catch(
      (e: unknown) => {
        if (e instanceof AppError) throw e
        ctx.log.error(`${opts.action} failed`, e)
        throw new AppError('IO_ERROR', exportText.writeFailed)
      },
    )
    await audit('ok', done.detail)
    const bytes = statSync(target).size
    const base = { fileName: opts.fileName, rows: done.rows, masked: opts.masked, bytes }
    if (bytes > EXPORT_INLINE_MAX_BYTES) return { ...base, data: null, path: target }
    const data = readFileSync(target).toString('base64')
    rmSync(target, { force: true })
    return { ...base, data, path: null }
  } catch (e) {
    await audit('failed', e instanceof AppError ? e.message : exportText.writeFailed)
    throw e
  }
}
