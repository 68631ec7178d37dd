import { rmSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { selfUnit } from '../../../db/repos/units'
import {
  DEFAULT_PERSON_EXPORT_COLUMNS,
  EXPORT_INLINE_MAX_BYTES,
  type ExportResult,
  type PersonExportColumn,
} from '../../../shared/contract/exports'
import { exportAuditText, exportText } from '../../../shared/i18n/exports'
import { AppError } from '../../core/appError'
import { longWorkOf } from '../../core/longWork'
import { currentUser, type HandlerContext } from '../../core/context'
import { dictionaryNames } from '../import/dictionaryLookup'
import { todayOf } from '../import/contextFacts'
import { writeFileSafely } from '../files/safeWrite'
import { EXPORTS_FOLDER_WRITE, exportsDir, fileStamp } from './exportFiles'
import { personListRids, type ListSelection } from './personListRids'
import { writePersonList } from './writePersonList'
import { mayViewFullDetails } from '../../../shared/privacy/viewerView'

export interface PersonExportRequest extends ListSelection {
  columns?: PersonExportColumn[] | undefined
  unmasked: boolean
  title?: string | undefined
}

/** Whether the signed-in user may export unmasked; throws FORBIDDEN otherwise. */
export function assertMayUnmask(ctx: HandlerContext): void {
  // Full ID numbers and phones leave the app only for the roles persons.reveal allows.
  if (!mayViewFullDetails(currentUser(ctx).role)) {
    throw new AppError('FORBIDDEN', exportText.unmaskedForbidden)
  }
}

/**
 * Writes the person list to `target` (atomically) and writes its audit row — ok with what
 * was exported, or failed with why (a refused unmasking included).
 */
export async function exportPersonListTo(
  ctx: HandlerContext,
  req: PersonExportRequest,
  target: string,
): Promise<{ rows: number; bytes: number; masked: boolean }> {
  const audit = (result: 'ok' | 'failed', detail: string) =>
    longWorkOf(ctx).record(() =>
      ctx.audit({
        action: 'exports.persons',
        object_type: 'export',
        object_id: null,
        result,
        detail,
        user: ctx.session.get(),
      }),
    )
  try {
    const done = await writeList(ctx, req, target)
    await audit('ok', exportAuditText.persons(done.rows, done.masked, req.query))
    return done
  } catch (e) {
    await audit('failed', e instanceof AppError ? e.message : exportText.writeFailed)
    throw e
  }
}

async function writeList(
  ctx: HandlerContext,
  req: PersonExportRequest,
  target: string,
): Promise<{ rows: number; bytes: number; masked: boolean }> {
  const masked = !req.unmasked
  if (!masked) assertMayUnmask(ctx)
  const work = longWorkOf(ctx)
  const { rids, unit, dictionaryName } = await work.turn(async () => {
    const names = dictionaryNames(ctx.sqlite)
    // The lookup reads the dictionaries on first use: here, inside the turn, not mid-write.
    names('', '')
    return {
      rids: personListRids(ctx.sqlite, req, todayOf(ctx)),
      unit: await selfUnit(ctx.db),
      dictionaryName: names,
    }
  })
  const onProgress = (done: number, total: number) =>
    ctx.emit('progress', { task: 'export', done, total })
  onProgress(0, rids.length)
  const rows = await writeFileSafely(target, EXPORTS_FOLDER_WRITE, (temp) =>
    writePersonList(ctx.sqlite, temp, {
      rids,
      columns: req.columns?.length ? req.columns : DEFAULT_PERSON_EXPORT_COLUMNS,
      masked,
      title: req.title ?? `${unit?.name ?? ''}${exportText.personsTitle}`,
      unitName: unit?.name ?? '',
      date: new Date(ctx.clock.nowMs()),
      dictionaryName,
      turn: work.turn,
      onProgress,
    }),
  ).catch((e: unknown) => {
    if (e instanceof AppError) throw e
    ctx.log.error('export failed', e)
    throw new AppError('IO_ERROR', exportText.writeFailed)
  })
  return { rows, bytes: statSync(target).size, masked }
}

/**
 * exports.persons: the file goes to the data directory's exports folder; a file small enough
 * is read back, handed over as base64 and removed again, a larger one stays and its path
 * is answered.
 */
export async function exportPersonList(
  ctx: HandlerContext,
  req: PersonExportRequest,
): Promise<ExportResult> {
  const fileName = exportText.fileName(fileStamp(new Date(ctx.clock.nowMs())))
  const target = join(exportsDir(ctx.files.dataDir), fileName)
  const done = await exportPersonListTo(ctx, req, target)
  if (done.bytes > EXPORT_INLINE_MAX_BYTES) {
    return {
      fileName,
      rows: done.rows,
      masked: done.masked,
      bytes: done.bytes,
      data: null,
      path: target,
    }
  }
  const data = readFileSync(target).toString('base64')
  rmSync(target, { force: true })
  return { fileName, rows: done.rows, masked: done.masked, bytes: done.bytes, data, path: null }
}
