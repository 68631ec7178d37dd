import { afterEach, describe, expect, it } from 'vitest'
import { exportTo, office, offices, rows, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

const lastAudit = (t: Offices['city'], action: string) =>
  rows(
    t,
    'SELECT result, detail FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1',
    action,
  )[0]

/** The county's PC died without a backup: it is set up afresh, with a new unit id and new keys. */
async function countySetUpAfresh() {
  const fresh = await office('330621', '示例县委统战部')
  const card = await fresh.ok('units.card', {})
  return { fresh, card }
}

describe('re-registration after a lost key', () => {
  it('a fresh card not signed by the old key is refused without the confirmation, and audited as such', async () => {
    o = await offices()
    const { fresh, card } = await countySetUpAfresh()
    try {
      const plain = await o.city.core.call(o.city.slot, 'units.register', { card: card.signedText })
      expect(plain.ok).toBe(false)
      if (!plain.ok) expect(plain.error.message).toContain('不是正常的更换密钥')
      expect(lastAudit(o.city, 'units.register')).toEqual({
        result: 'failed',
        detail: expect.stringMatching(/^登记密钥卡 330621 示例县委统战部：.*不是正常的更换密钥/),
      })

      const noFingerprint = await o.city.core.call(o.city.slot, 'units.register', {
        card: card.signedText,
        replace: true,
      })
      expect(noFingerprint.ok).toBe(false)
      if (!noFingerprint.ok) {
        expect(noFingerprint.error.message).toBe('替换已登记的密钥卡必须输入对方密钥登记表上的指纹')
      }
      const units = await o.city.ok('units.overview', {})
      expect(units.lower).toHaveLength(1)
      expect(units.lower[0]!.activeKey!.verification).toBe('verified')
    } finally {
      fresh.cleanup()
    }
  })

  it('with the confirmation and the typed fingerprint it replaces the card; the old key and its packages stay as history', async () => {
    o = await offices()
    const before = await exportTo(o.county)
    expect((await o.city.ok('packages.import', { data: before.data })).status).toBe('applied')
    const oldUnit = (await o.city.ok('units.overview', {})).lower[0]!
    const { fresh, card } = await countySetUpAfresh()
    try {
      const r = await o.city.ok('units.register', {
        card: card.signedText,
        fingerprint: card.fingerprint,
        replace: true,
      })
      expect(r.outcome).toBe('replaced')
      expect(r.unit.activeKey!.verification).toBe('verified')
      expect(r.unit.id).not.toBe(oldUnit.id)
      const lower = (await o.city.ok('units.overview', {})).lower
      expect(lower.map((u) => u.id)).toEqual([r.unit.id])

      const old = rows(
        o.city,
        'SELECT status, verification FROM unit_keys WHERE unit_id = ?',
        oldUnit.id,
      )
      expect(old).toEqual([{ status: 'superseded', verification: 'verified' }])
      const received = (await o.city.ok('packages.list', {})).filter(
        (p) => p.direction === 'received',
      )
      expect(received.map((p) => p.status)).toEqual(['received'])
      expect(lastAudit(o.city, 'units.register')).toEqual({
        result: 'ok',
        detail: expect.stringMatching(/^替换密钥卡 330621 示例县委统战部 verified/),
      })

      // The fresh county registers the city and reports as the unit the city now knows.
      const cityCard = await o.city.ok('units.card', {})
      await fresh.ok('units.register', {
        card: cityCard.signedText,
        fingerprint: cityCard.fingerprint,
      })
      const after = await exportTo(fresh)
      const imported = await o.city.ok('packages.import', { data: after.data })
      expect(imported.status).toBe('applied')
      expect(imported.warnings).toEqual([])
    } finally {
      fresh.cleanup()
    }
  })

  it('the same unit with a new key not signed by the old one also needs the confirmation', async () => {
    o = await offices()
    const unit = (await o.city.ok('units.overview', {})).lower[0]!
    await o.city.ok('units.revokeKey', { keyId: unit.activeKey!.id, reason: '电脑被盗' })
    // The county rotates after the theft; the city no longer trusts the stolen key's signature.
    const card = await o.county.ok('units.rotateKeys', {})
    const refused = await o.city.core.call(o.city.slot, 'units.register', { card: card.signedText })
    expect(refused.ok).toBe(false)
    const r = await o.city.ok('units.register', {
      card: card.signedText,
      fingerprint: card.fingerprint,
      replace: true,
    })
    expect(r.outcome).toBe('replaced')
    expect(r.unit.keys.map((k) => k.status).sort()).toEqual(['active', 'revoked'])
  })
})
