import { SCHEMA_VERSION } from '../../../../db/migrations'
import type { UnitInfo } from '../../../../shared/contract/system'
import type { ExportPreview } from '../../../../shared/contract/packages'
import { packageValidation, unitKeyText } from '../../../../shared/i18n/packages'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import { localToday } from '../../../../shared/dates/calendar'
import type { PackageKind, PackageReport } from '../../../../shared/packages/format'
import { checkpointMoment, takeCheckpoint } from '../../audit/checkpoints/takeCheckpoint'
import { AppError } from '../../../core/appError'
import { currentUser, type HandlerContext } from '../../../core/context'
import { longWorkOf, throwIfCancelled } from '../../../core/longWork'
import { collectRows, type TableData } from '../export/collectRows'
import { handedOut, packageFileName, sealedFor, signedZip } from '../export/buildPackage'
import { personValidator } from '../export/validate'
import { fullPackageRequired, fullPackageSent } from '../export/fullAfterRestore'
import { planRelay } from '../relay/collectEvidence'
import { missingIncludes, withTaskWarnings } from '../downward/taskIncludes'
import { relatedUnits } from '../units/directory'
import { activeOwnKey } from '../units/ownKeys'
import { releaseBytes } from '../../releaseBytes'
import { PackageEntries } from '../zip/packageEntries'
import { readZip } from '../zip/packageZip'
import { sha256Hex } from '../crypto/keys'

interface Plan {
  self: UnitInfo
  receiver: Awaited<ReturnType<typeof relatedUnits>>[number]
  kind: PackageKind
  range: { from: number; to: number }
  previousPackageId: string | null
  tables: TableData[]
  report: Omit<PackageReport, 'explanation'>
}

/** The id of the last package sent to a unit, or null before the first. */
function latestSent(sqlite: HandlerContext['sqlite'], receiverCode: string): string | null {
  const row = sqlite
    .prepare(
      `SELECT id FROM packages WHERE direction = 'sent' AND receiver_code = ?
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    )
    .get(receiverCode) as { id: string } | undefined
  return row?.id ?? null
}

/**
 * What a package to the upper unit would hold. 增量 starts where the last package the
 * receiver acknowledged ended, else the last one sent (UPWARD.md "Export" 1).
 */
export async function planExport(
  ctx: HandlerContext,
  self: UnitInfo,
  input: { to: string; kind: PackageKind; period: string },
): Promise<Plan> {
  const receiver = (await relatedUnits(ctx.db)).find(
    (u) => u.code === input.to && u.relation === 'upper',
  )
  if (!receiver) throw new AppError('BAD_INPUT', unitKeyText.unitNotFound)
  const sent = await ctx.db
    .selectFrom('packages')
    .select(['id', 'to_seq', 'status', 'created_at'])
    .where('direction', '=', 'sent')
    .where('receiver_code', '=', input.to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const acknowledged = sent.find(
    (p) =>
      p.status === 'received' || p.status === 'receivedWithWarnings' || p.status === 'reviewed',
  )
  const basis = acknowledged ?? sent[0]
  const to =
    (ctx.sqlite.prepare('SELECT max(seq) FROM change_log').pluck().get() as number | null) ?? 0
  const kind: PackageKind = fullPackageRequired(ctx.sqlite) ? 'full' : input.kind
  const full = kind === 'full'
  const from = full ? 0 : Math.min(basis?.to_seq ?? 0, to)
  // A city relays the rows it holds of its counties with its own, in the same change-log
  // range: applying a county package wrote the city's change_log, so "since the last relay"
  // is one range whatever county the change came from.
  const relay = planRelay(ctx.sqlite, {
    full,
    from,
    to,
    decidedSince: basis?.created_at ?? null,
  })
  // The counties checked and explained their own rows when they sent them.
  const validation = personValidator(self.id)
  const tables = collectRows(
    ctx.sqlite,
    { siteIds: [self.id, ...relay.lowerSites], from, to, full },
    validation.check,
  )
  return {
    self,
    receiver,
    kind,
    range: { from, to },
    previousPackageId: sent[0]?.id ?? null,
    tables: relay.evidence ? [...tables, relay.evidence] : tables,
    report: withTaskWarnings(
      validation.report(),
      missingIncludes(ctx.sqlite, {
        issuerCode: receiver.code,
        period: input.period,
        earlier: { direction: 'sent', receiverCode: receiver.code },
        tables,
      }),
      input.period,
    ),
  }
}

export function previewOf(plan: Plan): ExportPreview {
  return {
    receiver: {
      code: plan.receiver.code,
      name: plan.receiver.name,
      verified: plan.receiver.activeKey?.verification !== 'unverified',
      hasKey: plan.receiver.activeKey !== null,
    },
    kind: plan.kind,
    range: plan.range,
    previousPackageId: plan.previousPackageId,
    tables: plan.tables.map((t) => ({ table: t.table, rows: t.rows, deleted: t.deleted })),
    report: plan.report,
  }
}

/**
 * The signed zip read back before it is handed out: a package we cannot read is never sent.
 * Each entry is inflated and hashed a piece at a time: a province's persons entry is ~1 GB.
 */
async function readBack(signed: ReturnType<typeof signedZip>): Promise<void> {
  const entries = new Map(readZip(signed.zip).map((e) => [e.name, e]))
  const content = new PackageEntries()
  for (const m of signed.manifest.entries) {
    const e = entries.get(m.name)
    if (!e) throw new Error('package read-back failed')
    content.add(m.name, e, m.sha256)
  }
  await content.checkStreaming().catch((e: unknown) => {
    throw new Error(`package read-back failed: ${String(e)}`)
  })
}

/** Lets the progress event just emitted reach the page before the next synchronous step. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Long work (contract `long`): the rows are read in one turn of the call queue, the file is
 * built and read back beside it, and the package is recorded in the commit.
 */
export async function exportPackage(
  ctx: HandlerContext,
  selfOf: () => Promise<UnitInfo>,
  input: { to: string; kind: PackageKind; period: string; plain: boolean; explanation?: string },
) {
  const work = longWorkOf(ctx)
  // Stages, not rows: building and reading back are single synchronous steps.
  const stage = async (done: number) => {
    ctx.emit('progress', { task: 'package', done, total: 4 })
    await yieldToEvents()
  }
  await stage(0)
  const now = ctx.clock.nowIso()
  const { self, plan, own } = await work.turn(async () => {
    const self = await selfOf()
    return {
      self,
      plan: await planExport(ctx, self, input),
      // Made on first use, as for the key card.
      own: await activeOwnKey(ctx.db, now),
    }
  })
  await stage(1)
  if (plan.report.errors.length) {
    throw new AppError('BAD_INPUT', packageValidation.hasErrors(plan.report.errors.length))
  }
  if (plan.report.warnings.length && !input.explanation) {
    throw new AppError('BAD_INPUT', packageValidation.explanationNeeded)
  }
  const receiverKey = plan.receiver.rawKeys.find((k) => k.status === 'active')
  if (!input.plain && !receiverKey) throw new AppError('BAD_INPUT', unitKeyText.keyNotFound)
  const user = currentUser(ctx)
  const packageId = uuidv7(ctx.clock.nowMs())
  // Its own turn: the checkpoint writes (BEGIN IMMEDIATE), which must not meet another call's
  // transaction on the shared connection.
  const checkpoint = await work.turn(() =>
    takeCheckpoint(ctx.sqlite, 'package', checkpointMoment(ctx.clock)),
  )
  const tables = plan.tables.map((t) => ({ table: t.table, rows: t.rows, deleted: t.deleted }))
  const receiver = { code: plan.receiver.code, name: plan.receiver.name }
  const sealTo =
    input.plain || !receiverKey
      ? null
      : { keyFingerprint: receiverKey.fingerprint, boxPublic: receiverKey.box_public }
  // Each step lets go of what the next no longer needs — the tables' deflated entries once
  // zipped, the zip once sealed — so a province's package (~140 MB) is held at most twice
  // (and as base64 at the end), not five times.
  let signed: ReturnType<typeof signedZip> | null = signedZip({
    packageId,
    sender: self,
    senderKey: { fingerprint: own.fingerprint, signPrivate: own.sign_private },
    receiver,
    sealed: sealTo !== null,
    kind: plan.kind,
    range: plan.range,
    previousPackageId: plan.previousPackageId,
    period: input.period,
    tables: plan.tables.splice(0),
    report: { ...plan.report, explanation: input.explanation ?? null },
    schemaVersion: SCHEMA_VERSION,
    appVersion: ctx.config.appVersion,
    auditHead: checkpoint ? (JSON.parse(checkpoint.body) as { hash: string }).hash : null,
    auditCheckpoint: checkpoint,
    createdAt: now,
    createdBy: user.username,
  })
  await stage(2)
  await readBack(signed)
  const bytes = sealedFor({ receiver, auditCheckpoint: checkpoint, sealTo }, signed.zip)
  // Sealed, the zip is a copy the file no longer needs (plain, it is the file): given back
  // now, not at the next mark-compact, so the base64 below is not made beside it.
  if (bytes !== signed.zip) releaseBytes(signed.zip)
  signed = null
  const built = { bytes, sha256: sha256Hex(bytes) }
  await stage(3)
  throwIfCancelled(work.signal)
  const fileName = packageFileName(
    self,
    input.period,
    plan.kind,
    localToday(new Date(ctx.clock.nowMs())),
  )
  await work.commit(async (inside) => {
    // The range and the previous package were read before the file was built, outside this
    // transaction: another window or command may have sent one to the same unit meanwhile.
    // Checked here, under the write lock, so two packages never claim the same range.
    if (latestSent(inside.sqlite, plan.receiver.code) !== plan.previousPackageId) {
      throw new AppError('CONFLICT', packageValidation.raced(plan.receiver.name))
    }
    if (plan.kind === 'full') fullPackageSent(inside.sqlite)
    await inside.db
      .insertInto('packages')
      .values({
        id: packageId,
        direction: 'sent',
        sender_unit_id: self.id,
        sender_code: self.code,
        sender_name: self.name,
        receiver_code: plan.receiver.code,
        receiver_name: plan.receiver.name,
        kind: plan.kind,
        period: input.period,
        from_seq: plan.range.from,
        to_seq: plan.range.to,
        previous_package_id: plan.previousPackageId,
        schema_version: SCHEMA_VERSION,
        encrypted: input.plain ? 0 : 1,
        file_name: fileName,
        file_sha256: built.sha256,
        file_bytes: built.bytes.length,
        created_at: now,
        created_by: user.username,
        counts: JSON.stringify(tables),
        report: JSON.stringify({ ...plan.report, explanation: input.explanation ?? null }),
        status: 'generated',
        status_reason: null,
        status_at: now,
        applied_at: null,
        applied_by: null,
        applied_counts: null,
      })
      .execute()
    inside.note({
      objectType: 'package',
      objectId: packageId,
      detail: `生成数据包 ${fileName} → ${plan.receiver.code}（${input.plain ? '未加密' : '已加密'}，变更 ${plan.range.from}–${plan.range.to}）`,
    })
  })
  await stage(4)
  const out = { ...handedOut(built, packageId, fileName, !input.plain), tables }
  // Handed out as base64: the file's own bytes are not carried into the calls after it.
  releaseBytes(built.bytes)
  return out
}
