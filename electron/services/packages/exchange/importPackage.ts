import { SCHEMA_VERSION } from '../../../../db/migrations'
import type { UnitInfo } from '../../../../shared/contract/system'
import type { ImportOutcome, PackageSummary } from '../../../../shared/contract/packages'
import { packageRefusals, unitKeyText } from '../../../../shared/i18n/packages'
import { RECEIPT_EXTENSION, type ReceiptStatus } from '../../../../shared/packages/format'
import { currentUser, type HandlerContext } from '../../../core/context'
import { longWorkOf } from '../../../core/longWork'
import { applyPackage } from '../apply/applyPackage'
import { ApplyProgress } from '../apply/applyProgress'
import { previewInSavepoint } from '../apply/previewInSavepoint'
import { labelRows } from '../apply/rowLabels'
import { PackageRefusal } from '../refusal'
import { checkRelay, type RelayCheck } from '../relay/checkRelay'
import { recordRelay } from '../relay/recordRelay'
import { missingIncludeLines, missingIncludes } from '../downward/taskIncludes'
import { downwardText } from '../../../../shared/i18n/downward'
import { senderDirectory } from '../units/directory'
import { allOwnKeys } from '../units/ownKeys'
import { verifyPackage, type VerifiedPackage, type VerifyContext } from '../verifyPackage'
import { issueReceipt } from './issueReceipt'
import { backupBefore } from '../../backup/autoBackup'

/**
 * Decrypts and checks a package against this installation's keys and registered units.
 * `check`: every entry's content checked too, a piece at a time, none kept (a province's
 * persons entry inflates to ~1.1 GB), and the opened file's memory given back at once.
 * Takes the file (verifyPackage's `fileGiven`): it is decrypted where it lies, and the caller
 * must not read it afterwards — every caller decodes it from the call's base64 for this.
 */
export async function verifyHere(
  ctx: HandlerContext,
  self: UnitInfo,
  file: Buffer,
  direction: 'upward' | 'downward' = 'upward',
  content: VerifyContext['content'] | 'check' = 'keep',
): Promise<VerifiedPackage> {
  const ownKeys = await allOwnKeys(ctx.db)
  const verified = verifyPackage(file, {
    self,
    ownKeys,
    findSender: await senderDirectory(ctx.db),
    schemaVersion: SCHEMA_VERSION,
    direction,
    content: content === 'check' ? 'defer' : content,
    fileGiven: true,
  })
  if (content === 'check') {
    // The opened zip is the file's own memory (decrypted in place), given back once checked.
    await verified.data.checkStreaming()
    verified.data.release()
  }
  return verified
}

export function summaryOf(pkg: VerifiedPackage): PackageSummary {
  const m = pkg.manifest
  return {
    packageId: m.packageId,
    sender: {
      code: m.sender.code,
      name: m.sender.name,
      verified: pkg.senderKey.verification !== 'unverified',
    },
    receiver: m.receiver,
    kind: m.kind,
    period: m.period,
    range: m.range,
    createdAt: m.createdAt,
    createdBy: m.createdBy,
    encrypted: pkg.encrypted,
    schemaVersion: m.schemaVersion,
    sha256: pkg.sha256,
    tables: Object.entries(m.tables).map(([table, t]) => ({
      table,
      rows: t.rows,
      deleted: t.deleted,
    })),
    report: pkg.report,
  }
}

const receiptFileName = (m: VerifiedPackage['manifest'], now: string) =>
  `${m.sender.code}_${m.period}_回执_${now.slice(0, 10).replace(/-/g, '')}${RECEIPT_EXTENSION}`

const empty = (
  status: ImportOutcome['status'],
  reason: string | null,
  summary: PackageSummary | null,
): ImportOutcome => ({
  status,
  reason,
  summary,
  counts: {},
  rows: [],
  warnings: [],
  receipt: null,
})

/**
 * UPWARD.md "Import" 1–6 as long work: the file is verified in one turn of the call queue, then
 * everything else happens in the commit — one transaction with the call's audit row, in which
 * the rows are applied with progress and a cancel rolls back all of it. `noted` records the
 * outcome for that audit row.
 */
export async function importPackage(
  ctx: HandlerContext,
  selfOf: () => Promise<UnitInfo>,
  file: Buffer,
  opts: { dryRun: boolean; fileName: string; noted(ctx: HandlerContext, o: ImportOutcome): void },
): Promise<ImportOutcome> {
  const work = longWorkOf(ctx)
  const { self, verified } = await work.turn(async () => {
    const self = await selfOf()
    try {
      // The data entries' content is checked as the apply reads it, in its transaction.
      return { self, verified: await verifyHere(ctx, self, file, 'upward', 'defer') }
    } catch (e) {
      if (e instanceof PackageRefusal) return { self, verified: e }
      throw e
    }
  })
  // What the apply reads is the opened zip, the file's own memory (decrypted in place): the
  // apply gives it back once every entry is read (PackageEntries.release).
  return work.commit(async (inside) => {
    const outcome =
      verified instanceof PackageRefusal
        ? empty('refused', verified.message, null)
        : await refusedIfDamaged(inside, verified, () =>
            importVerified(inside, self, verified, opts),
          )
    opts.noted(inside, outcome)
    return outcome
  })
}

/**
 * The import of a verified package in a savepoint of the call's transaction: a data entry that
 * turns out damaged as the apply reads it (PackageEntries) rolls back everything the import
 * wrote and answers the refusal, which the call's audit row then records.
 */
async function refusedIfDamaged(
  ctx: HandlerContext,
  pkg: VerifiedPackage,
  importIt: () => Promise<ImportOutcome>,
): Promise<ImportOutcome> {
  ctx.sqlite.exec('SAVEPOINT package_import')
  try {
    const outcome = await importIt()
    ctx.sqlite.exec('RELEASE package_import')
    return outcome
  } catch (e) {
    ctx.sqlite.exec('ROLLBACK TO package_import')
    ctx.sqlite.exec('RELEASE package_import')
    if (e instanceof PackageRefusal) return empty('refused', e.message, summaryOf(pkg))
    throw e
  }
}

/**
 * The backup before a package (backupBefore) taken while the rows are applied, not before:
 * it runs in its worker on a connection of its own, which reads the last committed state,
 * and nothing of this transaction is committed until the backup is done — so it holds the
 * database exactly as before the package, and no other call can write in between (the turn
 * is ours). A failed backup fails the call here, before the commit: the transaction rolls
 * back and nothing is changed without a way back, as before. On two cores the worker's
 * snapshot, integrity check and sealing overlap the apply instead of adding to it.
 */
async function applyBehindBackup<T>(ctx: HandlerContext, apply: () => Promise<T>): Promise<T> {
  const backup = backupBefore(ctx, 'beforePackage')
  // Awaited below; a failure while the apply still runs must not go unhandled meanwhile.
  backup.catch(() => undefined)
  let applied: T
  try {
    applied = await apply()
  } catch (e) {
    // A refused entry (PackageEntries) answers the call: no worker outlives it.
    await backup.catch(() => undefined)
    throw e
  }
  await backup
  return applied
}

/**
 * Refuses a replay with other content and a gap, applies in the caller's transaction (or
 * inside a savepoint rolled back, for a preview), records the package and the range applied,
 * and signs the receipt.
 */
async function importVerified(
  ctx: HandlerContext,
  self: UnitInfo,
  pkg: VerifiedPackage,
  opts: { dryRun: boolean; fileName: string },
): Promise<ImportOutcome> {
  const m = pkg.manifest
  const summary = summaryOf(pkg)
  // What every receipt of this package names it by.
  const about = {
    packageId: m.packageId,
    packageSha256: pkg.sha256,
    sender: { code: m.sender.code, unitId: m.sender.unitId },
  }
  const before = await ctx.db
    .selectFrom('packages')
    .selectAll()
    .where('id', '=', m.packageId)
    .where('direction', '=', 'received')
    .executeTakeFirst()
  if (before) {
    if (before.file_sha256 === pkg.sha256) {
      return empty(
        'already-imported',
        packageRefusals.alreadyImported(
          (before.applied_at ?? before.status_at).slice(0, 16).replace('T', ' '),
          before.applied_by ?? '',
        ),
        summary,
      )
    }
    return empty('refused', packageRefusals.sameIdDifferent, summary)
  }
  const range = await ctx.db
    .selectFrom('package_ranges')
    .selectAll()
    .where('sender_unit_id', '=', m.sender.unitId)
    .executeTakeFirst()
  const applied = range?.applied_to_seq ?? 0
  if (m.kind === 'incremental' && m.range.from > applied) {
    const reason = packageRefusals.gap(`${m.sender.code} ${m.sender.name}`, m.range.from, applied)
    // Signed and handed over (at a preview too), never kept: a refusal writes nothing. The
    // sender's package list then says 已拒收 and what to send instead.
    const now = ctx.clock.nowIso()
    const receipt = await issueReceipt(
      ctx,
      self,
      {
        ...about,
        status: 'refused',
        reason,
        counts: {},
        rows: [],
        at: now,
      },
      { record: false },
    )
    return {
      ...empty('refused', reason, summary),
      receipt: { fileName: receiptFileName(m, now), signedText: receipt.text, status: 'refused' },
    }
  }

  let relay: RelayCheck
  try {
    relay = checkRelay(ctx.sqlite, pkg)
  } catch (e) {
    if (e instanceof PackageRefusal) return empty('refused', e.message, summary)
    throw e
  }

  const warnings: string[] = []
  if (pkg.senderKey.verification === 'unverified') {
    warnings.push(unitKeyText.unverifiedWarning(m.sender.code, m.sender.name))
  }
  for (const w of pkg.report.warnings) warnings.push(`${w.label}：${w.message}`)
  // This unit's own reporting task for the period, checked against what the sender has sent.
  const missing = missingIncludes(ctx.sqlite, {
    issuerCode: self.code,
    period: m.period,
    earlier: { direction: 'received', senderCode: m.sender.code },
    tables: summary.tables,
  })
  for (const line of missingIncludeLines(m.period, missing)) {
    // The county, holding the same task, may have said so already.
    const warning = `${downwardText.taskLabel}：${line}`
    if (!warnings.includes(warning)) warnings.push(warning)
  }

  const total = Object.values(m.tables).reduce((n, t) => n + t.rows, 0)
  const progress = new ApplyProgress(total, (p) => ctx.emit('progress', p), longWorkOf(ctx).signal)
  const applyOpts = {
    selfCode: self.code,
    stamp: () => ctx.clock.hlc(),
    progress,
    sites: relay.sites,
    appVersion: ctx.config.appVersion,
    walFolds: ctx.walFolds,
  }
  if (opts.dryRun) {
    return previewInSavepoint(ctx.sqlite, async () => {
      const tally = await applyPackage(ctx.sqlite, pkg, applyOpts)
      return {
        ...empty('preview', null, summary),
        counts: tally.counts,
        rows: labelRows(ctx.sqlite, tally.rows),
        warnings,
      }
    })
  }
  const tally = await applyBehindBackup(ctx, () => applyPackage(ctx.sqlite, pkg, applyOpts))
  const now = ctx.clock.nowIso()
  recordRelay(ctx.sqlite, relay, { relayPackageId: m.packageId, viaUnitId: m.sender.unitId, now })
  const user = currentUser(ctx)
  const status: ReceiptStatus =
    tally.rows.length || warnings.length ? 'receivedWithWarnings' : 'received'
  await ctx.db
    .insertInto('packages')
    .values({
      id: m.packageId,
      direction: 'received',
      sender_unit_id: m.sender.unitId,
      sender_code: m.sender.code,
      sender_name: m.sender.name,
      receiver_code: m.receiver.code,
      receiver_name: m.receiver.name,
      kind: m.kind,
      period: m.period,
      from_seq: m.range.from,
      to_seq: m.range.to,
      previous_package_id: m.previousPackageId,
      schema_version: m.schemaVersion,
      encrypted: pkg.encrypted ? 1 : 0,
      file_name: opts.fileName,
      file_sha256: pkg.sha256,
      file_bytes: pkg.bytes,
      created_at: m.createdAt,
      created_by: m.createdBy,
      counts: JSON.stringify(summary.tables),
      report: pkg.reportText,
      status,
      status_reason: null,
      status_at: now,
      applied_at: now,
      applied_by: user.username,
      applied_counts: JSON.stringify(tally.counts),
      manifest: pkg.manifestText,
      signature: pkg.signature,
      // Where this unit's own change log stood after the apply: a relay past it has carried it.
      applied_seq:
        (ctx.sqlite.prepare('SELECT max(seq) FROM change_log').pluck().get() as number | null) ?? 0,
    })
    .execute()
  const to = m.kind === 'full' ? m.range.to : Math.max(applied, m.range.to)
  await ctx.db
    .insertInto('package_ranges')
    .values({
      sender_unit_id: m.sender.unitId,
      applied_to_seq: to,
      last_package_id: m.packageId,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('sender_unit_id')
        .doUpdateSet({ applied_to_seq: to, last_package_id: m.packageId, updated_at: now }),
    )
    .execute()

  const receipt = await issueReceipt(
    ctx,
    self,
    {
      ...about,
      status,
      reason: null,
      counts: tally.counts,
      rows: tally.rows,
      at: now,
      ...(m.auditCheckpoint ? { senderCheckpoint: m.auditCheckpoint } : {}),
    },
    { record: true },
  )
  return {
    status: 'applied',
    reason: null,
    summary,
    counts: tally.counts,
    rows: labelRows(ctx.sqlite, tally.rows),
    warnings,
    receipt: {
      fileName: receiptFileName(m, now),
      signedText: receipt.text,
      status,
    },
  }
}
