import { batchPersonWriter, insertImportBatch, recordCreatesAfter } from '../../../db/repos/imports'
import { personBulkWriter } from '../../../db/repos/personsBulk'
import type {
  ImportResult,
  ImportSheetReport,
  SheetMapping,
} from '../../../shared/contract/imports'
import { importAuditText, importSessionText } from '../../../shared/i18n/imports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import { longWorkOf, throwIfCancelled } from '../../core/longWork'
import { uuidv7Batch } from '../demo/uuidBatch'
import { refusedFile } from './refusedFile'
import { bulkWriteMode, IMPORT_CACHE_KIB, registerIsEmpty } from './bulkWriteMode'
import { personAuditTrail } from './auditTrail'
import { selfUnitIdOf, todayOf } from './contextFacts'
import { dictionaryNames } from './dictionaryLookup'
import { rememberedHeaders, rememberManualChoices } from './headerMemory'
import { ImportReport } from './importReport'
import { runImport } from './runImport'
import type { RowOutcome } from './rowOutcome'
import { decideFile } from './decideFile'
import { decisionKey, getSession, type DecidedImport, type ImportSession } from './sessions'
import { backupBefore } from '../backup/autoBackup'

/**
 * Applies an import: each row as the preview decided it — or, when the register, the date
 * or the mapping changed since, the file read and decided again — and every create and
 * update written through the persons bulk writer, with the batch, and an audit row for
 * each person updated (creates are recorded by the batch and its audit row).
 *
 * Long work: deciding again happens beside the call queue (decideFile); the writing is one
 * commit — one turn, one transaction with the call's audit row: all or nothing.
 */
export async function applyImport(
  ctx: HandlerContext,
  input: { token: string; mapping?: SheetMapping[] | undefined; rowLimit: number },
): Promise<ImportResult> {
  const user = currentUser(ctx)
  const session = getSession(ctx.sqlite, input.token, user.userId, ctx.clock.nowMs())
  if (session.applied) throw new AppError('CONFLICT', importSessionText.expired)
  const mapping = input.mapping ?? session.mapping
  const work = longWorkOf(ctx)
  let candidate = { decided: session.decided, headers: session.headers }
  const stale = await work.turn(async () => !(await stillDecided(ctx, candidate.decided, mapping)))
  if (stale) {
    const again = await decideFile(
      ctx,
      {
        bytes: session.bytes,
        fileName: session.fileName,
        sheet: session.sheet,
        mapping,
        rowLimit: input.rowLimit,
      },
      work,
    )
    candidate = { decided: again.decided, headers: again.headers }
  }
  // The import's page cache stays until its COMMIT has written every page: given back
  // earlier, the search rows, the index builds and the commit spilled pages into the WAL
  // and read them back decrypted (city: the commit alone took over a third of apply).
  const cache: { restore?: () => void } = {}
  try {
    return await work.commit(async (inside) => {
      // The backup reads the last committed state on a connection of its own, in its worker
      // thread: taken inside the commit's turn, that is the register just before this import,
      // and it is made while the import writes its still uncommitted transaction (one core
      // each) instead of before it. The transaction commits only once the backup exists: a
      // failed backup rolls the import back, so nothing changes without a way back.
      const backup = backupBefore(inside, 'beforeImport')
      try {
        return await writeImport(inside, session, mapping, candidate, input.rowLimit, backup, cache)
      } finally {
        // Written or not, the backup is finished before the transaction ends.
        await backup.catch(() => undefined)
      }
    })
  } finally {
    cache.restore?.()
  }
}

/** Do these decisions still hold: same register, date, unit and mapping as when made? */
async function stillDecided(
  ctx: HandlerContext,
  decided: DecidedImport | null,
  mapping: SheetMapping[],
): Promise<boolean> {
  if (!decided) return false
  return decided.key === decisionKey(ctx.sqlite, todayOf(ctx), await selfUnitIdOf(ctx), mapping)
}

/**
 * The writing, inside the commit's transaction. Decisions made beside the queue are written
 * as they are when nothing changed since; otherwise (a write slipped in meanwhile, or too many
 * rows to hold decided) the file is read and decided here, in the transaction.
 */
async function writeImport(
  ctx: HandlerContext,
  session: ImportSession,
  mapping: SheetMapping[],
  candidate: { decided: DecidedImport | null; headers: Map<string, string[]> },
  rowLimit: number,
  /** The backup before the import, made meanwhile: nothing is committed without it. */
  backup: Promise<unknown>,
  /** Receives how to give the page cache back, once the transaction has ended. */
  cache: { restore?: () => void },
): Promise<ImportResult> {
  const user = currentUser(ctx)
  // The same preview applied twice at once: both got past the first check, only one writes.
  if (session.applied) throw new AppError('CONFLICT', importSessionText.expired)
  const { signal } = longWorkOf(ctx)
  const siteId = await selfUnitIdOf(ctx)
  const batchId = uuidv7(ctx.clock.nowMs())
  const at = ctx.clock.nowIso()
  await insertImportBatch(ctx.db, {
    id: batchId,
    at,
    user_id: user.userId,
    username: user.username,
    file_name: session.fileName,
    file_sha256: session.sha256,
    file_bytes: session.bytes.byteLength,
    sheets: '[]',
    created_count: 0,
    updated_count: 0,
    unchanged_count: 0,
    duplicate_count: 0,
    rejected_count: 0,
    warning_count: 0,
    status: 'applied',
    rolled_back_at: null,
    rolled_back_by: null,
  })

  const registerEmpty = registerIsEmpty(ctx.sqlite)
  const mode = bulkWriteMode(ctx.sqlite, {
    walFolds: ctx.walFolds,
    deferIndexes: registerEmpty,
    cacheKib: IMPORT_CACHE_KIB,
  })
  cache.restore = mode.restoreCache
  const bulk = personBulkWriter(ctx.sqlite)
  const recordPerson = batchPersonWriter(ctx.sqlite)
  // Nothing else writes during the import: the persons it creates are the rids after this.
  const ridBefore = bulk.lastRid()
  const audit = personAuditTrail(
    ctx.sqlite,
    { userId: user.userId, username: user.username },
    'imports.apply',
    () => ctx.clock.nowIso(),
  )
  const newId = uuidv7Batch()
  const today = todayOf(ctx)
  const replay =
    candidate.decided?.key === decisionKey(ctx.sqlite, today, siteId, mapping)
      ? candidate.decided
      : null
  const headers = replay ? candidate.headers : new Map<string, string[]>()
  const report = new ImportReport(
    rowLimit,
    (sheet, column) => headers.get(sheet)?.[column] ?? null,
    dictionaryNames(ctx.sqlite),
  )
  const total = session.preview.sheets.reduce((n, s) => n + s.dataRows, 0)
  let lastProgress = 0
  const progress = (done: number) => {
    const now = Date.now()
    if (now - lastProgress < 100) return
    lastProgress = now
    ctx.emit('progress', { task: 'import', done, total: Math.max(total, done) })
  }

  const write = (o: RowOutcome) => {
    report.add(o)
    if (o.kind === 'create') {
      const stamp = ctx.clock.hlc()
      const id = newId(ctx.clock.nowMs())
      bulk.insert({ id, siteId, stamp, fields: o.fields, pinyin: o.pinyin }, { deferred: true })
    } else if (o.kind === 'update') {
      const stamp = ctx.clock.hlc()
      bulk.update(o.person, o.fields, stamp, o.pinyin)
      recordPerson({
        batch_id: batchId,
        person_rid: o.person.rid,
        person_id: o.person.id,
        op: 'update',
        before_json: JSON.stringify(o.person.fields),
        stamp,
      })
      const changed = o.changed.map((f) => personFieldLabels[f])
      audit(o.person.id, importAuditText.personUpdated(o.fields.name, changed, batchId))
    }
  }

  let sheets: ImportSheetReport[]
  if (replay) {
    // Nothing has changed since the preview: its decisions are written as they are.
    for (let i = 0; i < replay.outcomes.length; i++) {
      write(replay.outcomes[i]!)
      if ((i + 1) % 500 !== 0) continue
      progress(i + 1)
      // Lets a cancel arrive; the queue stays ours, so nothing else runs in between.
      if ((i + 1) % YIELD_EVERY === 0) await yieldToCancel(signal)
    }
    sheets = replay.sheets
  } else {
    const summary = await runImport({
      sqlite: ctx.sqlite,
      bulk,
      bytes: session.bytes,
      encoding: session.encoding,
      fileName: session.fileName,
      sheet: session.sheet,
      mapping,
      remembered: await rememberedHeaders(ctx.db),
      today,
      selfUnitId: siteId,
      headers,
      registerEmpty,
      onProgress: progress,
      onRow: write,
      work: longWorkOf(ctx),
    }).catch(refusedFile(ctx.log))
    sheets = summary.sheets
  }
  // Every row is written; the search rows and indexes that follow take a moment more.
  ctx.emit('progress', { task: 'import', done: total, total })
  bulk.finishInserts(ridBefore)
  recordCreatesAfter(ctx.sqlite, batchId, ridBefore)
  mode.finish()
  report.addSkipped(sheets)
  const c = report.counts
  await ctx.db
    .updateTable('import_batches')
    .set({
      sheets: JSON.stringify(sheets.filter((s) => s.status === 'read').map((s) => s.name)),
      created_count: c.created,
      updated_count: c.updated,
      unchanged_count: c.unchanged,
      duplicate_count: c.duplicates,
      rejected_count: c.rejected,
      warning_count: c.warnings,
    })
    .where('id', '=', batchId)
    .execute()
  await rememberManualChoices(ctx.db, sheets, at)
  await backup
  ctx.emit('progress', { task: 'import', done: total, total })
  ctx.note({
    objectType: 'import_batch',
    objectId: batchId,
    detail: importAuditText.applied(session.fileName, c),
  })
  session.applied = true
  session.decided = null
  session.rejected = report.rejected
  session.headers = headers
  return {
    batchId,
    fileName: session.fileName,
    counts: c,
    sheets,
    rows: report.rows,
    rowsTruncated: report.truncated,
  }
}

const YIELD_EVERY = 5000

async function yieldToCancel(signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  throwIfCancelled(signal)
}
