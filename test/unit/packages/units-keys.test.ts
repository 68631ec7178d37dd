import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { exportTo, offices, rows, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('units and keys through the dispatcher', () => {
  it('an unverified county: packages import with the warning; typing the fingerprint verifies it', async () => {
    o = await offices({ verify: false })
    const pkg = await exportTo(o.county)
    const dry = await o.city.ok('packages.import', { data: pkg.data, dryRun: true })
    expect(dry.status).toBe('preview')
    expect(dry.warnings).toContain('330621 示例县委统战部 的密钥卡未核验指纹，数据来源无法确认')
    const unit = (await o.city.ok('units.overview', {})).lower[0]!
    expect(unit.activeKey!.verification).toBe('unverified')
    const wrong = await o.city.core.call(o.city.slot, 'units.verifyKey', {
      unitId: unit.id,
      fingerprint: '0'.repeat(60),
    })
    expect(wrong.ok).toBe(false)
    const fingerprint = unit.activeKey!.fingerprint.replace(/(\d{5})/g, '$1 ')
    const verified = await o.city.ok('units.verifyKey', { unitId: unit.id, fingerprint })
    expect(verified.activeKey!.verification).toBe('verified')
    const audit = rows(
      o.city,
      "SELECT action, result FROM audit_log WHERE action LIKE 'units.%' ORDER BY seq",
    )
    expect(audit).toContainEqual({ action: 'units.verifyKey', result: 'failed' })
    expect(audit).toContainEqual({ action: 'units.verifyKey', result: 'ok' })
  })

  it('rotation: a card signed by the old key keeps the verification without a new phone call', async () => {
    o = await offices()
    const card = await o.county.ok('units.rotateKeys', {})
    const r = await o.city.ok('units.register', { card: card.signedText })
    expect(r.outcome).toBe('rotated')
    expect(r.unit.activeKey!.verification).toBe('rotated')
    expect(r.unit.keys.map((k) => k.status).sort()).toEqual(['active', 'superseded'])
    const pkg = await exportTo(o.county)
    const imported = await o.city.ok('packages.import', { data: pkg.data })
    expect(imported.status).toBe('applied')
    expect(imported.warnings).toEqual([])
  })

  it('its own card is refused', async () => {
    o = await offices()
    const r = await o.city.core.call(o.city.slot, 'units.register', {
      card: (await o.city.ok('units.card', {})).signedText,
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toBe('这是本单位自己的密钥卡，不需要登记')
  })

  it('a person whose ID number the city already holds is named in the receipt as a cross-unit duplicate', async () => {
    o = await offices()
    const id = validId('1985-03-12')
    await o.city.ok('persons.create', person({ name: '张三', idNumber: id }))
    await o.county.ok('persons.create', person({ name: '张三', idNumber: id }))
    const pkg = await exportTo(o.county)
    const r = await o.city.ok('packages.import', { data: pkg.data })
    expect(r.rows).toEqual([
      expect.objectContaining({
        table: 'persons',
        kind: 'duplicateId',
        message: '身份证号与 330600 示例市委统战部 登记的人员相同（跨单位重复人员）',
      }),
    ])
    expect(r.receipt!.status).toBe('receivedWithWarnings')
    const back = await o.county.ok('packages.importReceipt', { text: r.receipt!.signedText })
    expect(back.rows).toHaveLength(1)
    expect((await o.county.ok('packages.list', {}))[0]!.status).toBe('receivedWithWarnings')
  })
})
