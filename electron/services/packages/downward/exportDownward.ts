import { SCHEMA_VERSION } from '../../../../db/migrations'
import type { DownwardExported } from '../../../../shared/contract/downward'
import type { UnitInfo } from '../../../../shared/contract/system'
import { localToday } from '../../../../shared/dates/calendar'
import { downwardText as msg } from '../../../../shared/i18n/downward'
import { unitKeyText } from '../../../../shared/i18n/packages'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import type { DownwardPart } from '../../../../shared/packages/downward'
import { AppError } from '../../../core/appError'
import { currentUser, type HandlerContext } from '../../../core/context'
import { buildPackage, handedOut, safeNamePart } from '../export/buildPackage'
import { relatedUnits } from '../units/directory'
import { activeOwnKey } from '../units/ownKeys'
import { collectDownward, downwardTables } from './collectDownward'

/**
 * A 下发 package to one registered unit below: built, signed and sealed by the same code as
 * an upward package (buildPackage), its manifest marked downward.
 */
export async function exportDownward(
  ctx: HandlerContext,
  self: UnitInfo,
  input: { to: string; minAppVersion?: string | undefined; plain: boolean },
): Promise<DownwardExported> {
  const receiver = (await relatedUnits(ctx.db)).find(
    (u) => u.code === input.to && u.relation === 'lower',
  )
  if (!receiver) throw new AppError('BAD_INPUT', msg.noLowerUnit)
  const receiverKey = receiver.rawKeys.find((k) => k.status === 'active')
  if (!input.plain && !receiverKey) throw new AppError('BAD_INPUT', unitKeyText.keyNotFound)
  const now = ctx.clock.nowIso()
  const own = await activeOwnKey(ctx.db, now)
  const content = collectDownward(ctx.sqlite, self)
  const tables = downwardTables(content)
  const packageId = uuidv7(ctx.clock.nowMs())
  const user = currentUser(ctx)
  const built = buildPackage({
    packageId,
    sender: self,
    senderKey: { fingerprint: own.fingerprint, signPrivate: own.sign_private },
    receiver: { code: receiver.code, name: receiver.name },
    sealTo:
      input.plain || !receiverKey
        ? null
        : { keyFingerprint: receiverKey.fingerprint, boxPublic: receiverKey.box_public },
    kind: 'full',
    range: { from: 0, to: 0 },
    previousPackageId: null,
    period: '下发',
    tables,
    report: { errors: [], warnings: [], explanation: null },
    schemaVersion: SCHEMA_VERSION,
    appVersion: ctx.config.appVersion,
    auditHead: null,
    auditCheckpoint: null,
    createdAt: now,
    createdBy: user.username,
    downward: { minAppVersion: input.minAppVersion ?? null },
  })
  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows])) as Record<
    DownwardPart,
    number
  >
  const fileName = msg.fileName(
    self.code,
    safeNamePart(self.name),
    localToday(new Date(ctx.clock.nowMs())).replace(/-/g, ''),
  )
  await ctx.db
    .insertInto('downward_packages')
    .values({
      id: packageId,
      direction: 'sent',
      other_code: receiver.code,
      other_name: receiver.name,
      file_name: fileName,
      file_sha256: built.sha256,
      file_bytes: built.bytes.length,
      min_app_version: input.minAppVersion ?? null,
      counts: JSON.stringify(counts),
      created_at: now,
      created_by: user.username,
      applied_at: null,
      applied_by: null,
    })
    .execute()
  ctx.note({
    objectType: 'package',
    objectId: packageId,
    detail: msg.audit.exported(fileName, receiver.code, !input.plain),
  })
  return { ...handedOut(built, packageId, fileName, !input.plain), counts }
}
