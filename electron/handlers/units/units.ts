import { selfUnit } from '../../../db/repos/units'
import { unitKeyText } from '../../../shared/i18n/packages'
import { normalizeFingerprint } from '../../../shared/packages/fingerprint'
import { KEY_CARD_EXTENSION } from '../../../shared/packages/format'
import type { UnitInfo } from '../../../shared/contract/system'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { cardLabel, makeKeyCard } from '../../services/packages/units/keyCard'
import { activeOwnKey, rotateOwnKey } from '../../services/packages/units/ownKeys'
import { registerCard } from '../../services/packages/units/registerCard'
import { relatedUnit, relatedUnits } from '../../services/packages/units/directory'
import { relayedUnits } from '../../services/packages/board/relayedRows'

export async function selfUnitOr500(ctx: HandlerContext): Promise<UnitInfo> {
  const unit = await selfUnit(ctx.db)
  if (!unit) throw new AppError('NOT_INITIALIZED')
  return unit
}

const cardFileName = (unit: UnitInfo, date: string) =>
  `${unit.code}_${unit.name}_密钥卡_${date.replace(/-/g, '')}${KEY_CARD_EXTENSION}`

async function unitOr404(ctx: HandlerContext, unitId: string) {
  const unit = await relatedUnit(ctx.db, unitId)
  if (!unit) throw new AppError('NOT_FOUND', unitKeyText.unitNotFound)
  return unit
}

export const unitsHandlers: DomainHandlers<
  | 'units.overview'
  | 'units.card'
  | 'units.register'
  | 'units.verifyKey'
  | 'units.revokeKey'
  | 'units.rotateKeys'
> = {
  'units.overview': async (ctx) => {
    const self = await selfUnitOr500(ctx)
    const own = await ctx.db
      .selectFrom('own_keys')
      .select(['fingerprint', 'created_at'])
      .where('status', '=', 'active')
      .executeTakeFirst()
    const all = (await relatedUnits(ctx.db)).map(({ rawKeys: _, ...u }) => u)
    return {
      self: { ...self, fingerprint: own?.fingerprint ?? '', keyCreatedAt: own?.created_at ?? null },
      upper: all.filter((u) => u.relation === 'upper'),
      lower: all.filter((u) => u.relation === 'lower'),
      relayed: relayedUnits(ctx.sqlite),
    }
  },

  'units.card': async (ctx) => {
    const self = await selfUnitOr500(ctx)
    const now = ctx.clock.nowIso()
    const key = await activeOwnKey(ctx.db, now)
    ctx.note({ objectType: 'unitKey', objectId: key.id, detail: `导出密钥卡 ${key.fingerprint}` })
    return {
      fileName: cardFileName(self, now.slice(0, 10)),
      signedText: makeKeyCard(self, key, now),
      fingerprint: key.fingerprint,
    }
  },

  'units.register': async (ctx, { card, fingerprint, replace }) => {
    const self = await selfUnitOr500(ctx)
    // Named before the checks, so a refused card's audit row says which card it was.
    ctx.note({ objectType: 'unit', detail: `登记密钥卡 ${cardLabel(card)}` })
    const r = await registerCard(ctx.db, self, card, {
      typedFingerprint: fingerprint,
      replace,
      by: currentUser(ctx).username,
      nowIso: ctx.clock.nowIso(),
    })
    ctx.note({
      objectType: 'unit',
      objectId: r.unit.id,
      detail: `${r.outcome === 'replaced' ? '替换' : '登记'}密钥卡 ${r.unit.code} ${r.unit.name} ${r.key.verification} ${r.key.fingerprint}`,
    })
    return { unit: await unitOr404(ctx, r.unit.id), outcome: r.outcome }
  },

  'units.verifyKey': async (ctx, { unitId, fingerprint }) => {
    const unit = await unitOr404(ctx, unitId)
    if (!unit.activeKey) throw new AppError('NOT_FOUND', unitKeyText.keyNotFound)
    if (normalizeFingerprint(fingerprint) !== unit.activeKey.fingerprint) {
      ctx.note({ objectType: 'unit', objectId: unitId, detail: `指纹核验不符 ${unit.code}` })
      throw new AppError('BAD_INPUT', unitKeyText.fingerprintMismatch)
    }
    await ctx.db
      .updateTable('unit_keys')
      .set({
        verification: 'verified',
        verified_at: ctx.clock.nowIso(),
        verified_by: currentUser(ctx).username,
      })
      .where('id', '=', unit.activeKey.id)
      .execute()
    ctx.note({ objectType: 'unit', objectId: unitId, detail: `指纹已核验 ${unit.code}` })
    return unitOr404(ctx, unitId)
  },

  'units.revokeKey': async (ctx, { keyId, reason }) => {
    const key = await ctx.db
      .selectFrom('unit_keys')
      .selectAll()
      .where('id', '=', keyId)
      .executeTakeFirst()
    if (!key) throw new AppError('NOT_FOUND', unitKeyText.keyNotFound)
    await ctx.db
      .updateTable('unit_keys')
      .set({
        status: 'revoked',
        revoked_at: ctx.clock.nowIso(),
        revoked_by: currentUser(ctx).username,
        revoke_reason: reason,
      })
      .where('id', '=', keyId)
      .execute()
    ctx.note({
      objectType: 'unitKey',
      objectId: keyId,
      detail: `吊销密钥 ${key.fingerprint}：${reason}`,
    })
    return unitOr404(ctx, key.unit_id)
  },

  'units.rotateKeys': async (ctx) => {
    const self = await selfUnitOr500(ctx)
    const now = ctx.clock.nowIso()
    const { previous, current } = await rotateOwnKey(ctx.db, now)
    ctx.note({
      objectType: 'unitKey',
      objectId: current.id,
      detail: `更换密钥 ${previous.fingerprint} → ${current.fingerprint}`,
    })
    return {
      fileName: cardFileName(self, now.slice(0, 10)),
      signedText: makeKeyCard(self, current, now, previous),
      fingerprint: current.fingerprint,
    }
  },
}
