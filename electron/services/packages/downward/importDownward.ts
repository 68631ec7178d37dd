import type { DownwardOutcome } from '../../../../shared/contract/downward'
import type { UnitInfo } from '../../../../shared/contract/system'
import { downwardText as msg } from '../../../../shared/i18n/downward'
import { packageRefusals } from '../../../../shared/i18n/packages'
import { currentUser, type HandlerContext } from '../../../core/context'
import { verifyHere } from '../exchange/importPackage'
import { previewInSavepoint } from '../apply/previewInSavepoint'
import { PackageRefusal } from '../refusal'
import type { VerifiedPackage } from '../verifyPackage'
import { applyDownward, parseDownward } from './applyDownward'
import { compareVersions } from './appVersion'
import { backupBefore } from '../../backup/autoBackup'

const outcome = (
  status: DownwardOutcome['status'],
  reason: string | null,
  pkg: VerifiedPackage | null,
): DownwardOutcome => ({
  status,
  reason,
  sender: pkg ? { code: pkg.manifest.sender.code, name: pkg.manifest.sender.name } : null,
  packageId: pkg?.manifest.packageId ?? null,
  minAppVersion: pkg?.manifest.minAppVersion ?? null,
  counts: {},
  warnings: [],
})

/**
 * A 下发 package at the unit below: verified exactly as an upward package is (one
 * verifyPackage), then refused on an app older than its minimum version, then applied in
 * the caller's transaction (or inside a savepoint rolled back, for a preview).
 */
export async function importDownward(
  ctx: HandlerContext,
  self: UnitInfo,
  file: Buffer,
  opts: { dryRun: boolean; fileName: string },
): Promise<DownwardOutcome> {
  let pkg: VerifiedPackage
  let content: ReturnType<typeof parseDownward>
  try {
    pkg = await verifyHere(ctx, self, file, 'downward')
    content = parseDownward(pkg.data)
  } catch (e) {
    if (e instanceof PackageRefusal) return outcome('refused', e.message, null)
    throw e
  }
  const m = pkg.manifest
  const required = m.minAppVersion
  if (required && compareVersions(ctx.config.appVersion, required) < 0) {
    return outcome('refused', msg.appTooOld(required, ctx.config.appVersion), pkg)
  }
  const before = await ctx.db
    .selectFrom('downward_packages')
    .selectAll()
    .where('id', '=', m.packageId)
    .where('direction', '=', 'received')
    .executeTakeFirst()
  if (before) {
    if (before.file_sha256 !== pkg.sha256) {
      return outcome('refused', packageRefusals.sameIdDifferent, pkg)
    }
    return outcome(
      'already-imported',
      packageRefusals.alreadyImported(
        (before.applied_at ?? '').slice(0, 16).replace('T', ' '),
        before.applied_by ?? '',
      ),
      pkg,
    )
  }
  const now = ctx.clock.nowIso()
  const user = currentUser(ctx)
  const scope = {
    sender: { unitId: m.sender.unitId, code: m.sender.code, name: m.sender.name },
    now,
    by: user.username,
  }
  if (opts.dryRun) {
    return previewInSavepoint(ctx.sqlite, async () => ({
      ...outcome('preview', null, pkg),
      ...applyDownward(ctx.sqlite, content, scope),
    }))
  }
  await backupBefore(ctx, 'beforePackage')
  const applied = applyDownward(ctx.sqlite, content, scope)
  await ctx.db
    .insertInto('downward_packages')
    .values({
      id: m.packageId,
      direction: 'received',
      other_code: m.sender.code,
      other_name: m.sender.name,
      file_name: opts.fileName,
      file_sha256: pkg.sha256,
      file_bytes: pkg.bytes,
      min_app_version: required ?? null,
      counts: JSON.stringify(
        Object.fromEntries(Object.entries(applied.counts).map(([p, c]) => [p, c.applied])),
      ),
      created_at: m.createdAt,
      created_by: m.createdBy,
      applied_at: now,
      applied_by: user.username,
    })
    .execute()
  return { ...outcome('applied', null, pkg), ...applied }
}
