import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { appliedBatchesOfFile, insertImportBatch } from '../../../db/repos/imports'
import { personsNamed, suggestionsOnDates } from '../../../db/repos/suggestionImport'
import type {
  LedgerImportCounts,
  LedgerImportPreview,
  LedgerMapping,
  LedgerRowReport,
  SubmitterPick,
} from '../../../shared/contract/suggestionImport'
import type { SubmitterInput } from '../../../shared/contract/suggestions'
import { normalizeDate } from '../../../shared/dates/normalizeDate'
import { importSessionText } from '../../../shared/i18n/imports'
import {
  ledgerFieldLabels,
  ledgerImportAudit,
  ledgerRowText,
} from '../../../shared/i18n/suggestionImport'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { splitSubmitters } from '../../../shared/suggestions/ledgerImport/ledgerCells'
import { LEDGER_FIELDS } from '../../../shared/suggestions/ledgerImport/ledgerFields'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { longWorkOf, throwIfCancelled, type LongWork } from '../../core/longWork'
import { newToken } from '../../services/import/sessions'
import { refusedFile } from '../../services/import/refusedFile'
import {
  decideLedgerRows,
  type DecidedLedgerRow,
  type LedgerDraft,
} from '../../services/suggestions/import/decideLedgerRows'
import {
  ledgerSessions,
  type LedgerSession,
} from '../../services/suggestions/import/ledgerSessions'
import {
  cellOf,
  readLedgerFile,
  type LedgerFile,
} from '../../services/suggestions/import/readLedgerFile'
import { recomputeScores } from '../../services/suggestions/recompute'
import { loadRuleBook, versionFor } from '../../services/suggestions/rules'
import { dictionaryEntries } from '../activities/activitiesLocalDictionary'
import { selfUnitId } from '../persons/personsShared'
import { decodeBase64 } from '../imports'
import { SUGGESTION_CHANNELS, SUGGESTION_KINDS } from './dictionaries'
import { prepareSuggestion } from './prepare'
import { insertSuggestion } from './write'

/** The register and the suggestions as they are now, for the rows of this file. */
async function decide(ctx: HandlerContext, file: LedgerFile): Promise<DecidedLedgerRow[]> {
  const names = file.rows.flatMap((r) =>
    splitSubmitters(String(cellOf(r, 'submitters') ?? '')).map((s) => s.name),
  )
  const dates = file.rows.flatMap((r) => normalizeDate(cellOf(r, 'submittedOn')).value ?? [])
  const book = loadRuleBook(ctx.sqlite)
  return decideLedgerRows(file.rows, {
    kinds: await dictionaryEntries(ctx, SUGGESTION_KINDS),
    channels: await dictionaryEntries(ctx, SUGGESTION_CHANNELS),
    personsByName: personsNamed(ctx.sqlite, names),
    stored: suggestionsOnDates(ctx.sqlite, dates),
    rulesFor: (on) => book.byVersion.get(versionFor(book, on))!,
  })
}

function countsOf(rows: readonly LedgerRowReport[], skipped: number): LedgerImportCounts {
  const n = (s: LedgerRowReport['status']) => rows.filter((r) => r.status === s).length
  return {
    create: n('create'),
    duplicate: n('duplicate'),
    repeated: n('repeated'),
    rejected: n('rejected'),
    skipped,
    unmatched: rows
      .filter((r) => r.status === 'create')
      .reduce((sum, r) => sum + r.submitters.filter((s) => !s.personId).length, 0),
  }
}

async function readFile(
  ctx: HandlerContext,
  s: Pick<LedgerSession, 'bytes' | 'fileName'>,
  mapping: LedgerMapping[],
  work: LongWork,
) {
  return readLedgerFile(s.bytes, s.fileName, mapping, work.signal).catch(refusedFile(ctx.log))
}

async function preview(
  ctx: HandlerContext,
  req: { bytes: Uint8Array; fileName: string; mapping: LedgerMapping[]; token?: string },
): Promise<LedgerImportPreview> {
  const user = currentUser(ctx)
  const work = longWorkOf(ctx)
  const file = await readFile(ctx, req, req.mapping, work)
  const decided = await work.turn(() => decide(ctx, file))
  const sha256 = createHash('sha256').update(req.bytes).digest('hex')
  const previous = await work.turn(() => appliedBatchesOfFile(ctx.db, sha256, 'suggestions'))
  const rows = decided.map((d) => d.report)
  const result: LedgerImportPreview = {
    token: req.token ?? newToken(),
    fileName: req.fileName,
    format: file.format,
    counts: countsOf(
      rows,
      file.sheets.reduce((n, s) => n + s.skippedRows, 0),
    ),
    sheets: file.sheets,
    rows,
    previousImports: previous.map((b) => ({ batchId: b.id, at: b.at, username: b.username })),
    fields: LEDGER_FIELDS.map((field) => ({ field, label: ledgerFieldLabels[field] })),
  }
  ledgerSessions.keep(
    ctx.sqlite,
    {
      token: result.token,
      userId: user.userId,
      createdAt: ctx.clock.nowMs(),
      fileName: req.fileName,
      bytes: req.bytes,
      sha256,
      mapping: req.mapping,
      preview: result,
      applied: false,
    },
    ctx.clock.nowMs(),
  )
  return result
}

/** The submitters as the form would send them: linked, picked among the candidates, or text. */
function submittersOf(
  d: DecidedLedgerRow & { draft: LedgerDraft },
  picks: ReadonlyMap<string, string | null>,
): SubmitterInput[] {
  return d.draft.submitters.map((s, i) => {
    const key = `${d.report.sheet}\u0000${d.report.row}\u0000${i}`
    const picked = picks.has(key) ? picks.get(key)! : undefined
    const asText = { personId: null, name: s.name, employer: s.employer, isLead: s.isLead }
    if (picked === undefined)
      return s.personId ? { personId: s.personId, isLead: s.isLead } : asText
    if (picked === null) return asText
    if (!s.candidates.some((c) => c.personId === picked))
      throw new AppError('BAD_INPUT', ledgerRowText.pickedPersonMissing(s.name))
    return { personId: picked, isLead: s.isLead }
  })
}

const PROGRESS_EVERY = 20

async function apply(
  ctx: HandlerContext,
  input: {
    token: string
    mapping?: LedgerMapping[] | undefined
    picks?: SubmitterPick[] | undefined
  },
) {
  const user = currentUser(ctx)
  const session = ledgerSessions.get(ctx.sqlite, input.token, user.userId, ctx.clock.nowMs())
  if (session.applied) throw new AppError('CONFLICT', importSessionText.expired)
  const mapping = input.mapping ?? session.mapping
  const work = longWorkOf(ctx)
  const file = await readFile(ctx, session, mapping, work)
  const picks = new Map(
    (input.picks ?? []).map((p) => [`${p.sheet}\u0000${p.row}\u0000${p.index}`, p.personId]),
  )
  return work.commit(async (inside) => {
    // Decided again in the transaction: what another call wrote since the preview counts.
    const decided = await decide(inside, file)
    const siteId = await selfUnitId(inside)
    const toCreate = decided.filter(
      (d): d is DecidedLedgerRow & { draft: LedgerDraft } => !!d.draft,
    )
    const total = toCreate.length
    const createdIds: string[] = []
    for (const [i, d] of toCreate.entries()) {
      // A pick that is not among the candidates is the caller's error: nothing is written.
      const submitters = submittersOf(d, picks)
      try {
        const prepared = await prepareSuggestion(inside, { ...d.draft, submitters }, null)
        createdIds.push(insertSuggestion(inside, prepared, siteId))
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'BAD_INPUT') throw e
        d.report.status = 'rejected'
        d.report.problems.unshift({ column: null, fieldLabel: null, message: e.message })
      }
      if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) {
        inside.emit('progress', { task: 'import', done: i + 1, total })
        // Lets a cancel arrive; nothing is kept of a cancelled transaction.
        await new Promise<void>((resolve) => setImmediate(resolve))
        throwIfCancelled(work.signal)
      }
    }
    recomputeScores(inside.sqlite, createdIds)
    const rows = decided.map((d) => d.report)
    const counts = countsOf(
      rows,
      file.sheets.reduce((n, s) => n + s.skippedRows, 0),
    )
    const batchId = uuidv7(inside.clock.nowMs())
    await insertImportBatch(inside.db, {
      id: batchId,
      kind: 'suggestions',
      at: inside.clock.nowIso(),
      user_id: user.userId,
      username: user.username,
      file_name: session.fileName,
      file_sha256: session.sha256,
      file_bytes: session.bytes.byteLength,
      sheets: JSON.stringify(file.sheets.filter((s) => s.status === 'read').map((s) => s.name)),
      created_count: createdIds.length,
      updated_count: 0,
      unchanged_count: 0,
      duplicate_count: counts.duplicate + counts.repeated,
      rejected_count: counts.rejected,
      warning_count: counts.unmatched,
      status: 'applied',
      rolled_back_at: null,
      rolled_back_by: null,
    })
    inside.note({
      objectType: 'import_batch',
      objectId: batchId,
      detail: ledgerImportAudit.applied(
        session.fileName,
        createdIds.length,
        counts.duplicate + counts.repeated,
        counts.rejected,
      ),
    })
    session.applied = true
    return { batchId, fileName: session.fileName, counts, rows, createdIds }
  })
}

export const suggestionImportHandlers: DomainHandlers<
  | 'suggestions.importPreview'
  | 'suggestions.importRemap'
  | 'suggestions.importApply'
  | 'suggestions.importDiscard'
> = {
  'suggestions.importPreview': (ctx, input) =>
    preview(ctx, {
      bytes: decodeBase64(input.data),
      fileName: basename(input.fileName.replace(/\\/g, '/')),
      mapping: input.mapping ?? [],
    }),
  'suggestions.importRemap': (ctx, { token, mapping }) => {
    const s = ledgerSessions.get(ctx.sqlite, token, currentUser(ctx).userId, ctx.clock.nowMs())
    if (s.applied) throw new AppError('CONFLICT', importSessionText.expired)
    return preview(ctx, { bytes: s.bytes, fileName: s.fileName, mapping: mapping ?? [], token })
  },
  'suggestions.importApply': (ctx, input) => apply(ctx, input),
  'suggestions.importDiscard': (ctx, { token }) => {
    ledgerSessions.get(ctx.sqlite, token, currentUser(ctx).userId, ctx.clock.nowMs())
    ledgerSessions.drop(ctx.sqlite, token)
    return null
  },
}
