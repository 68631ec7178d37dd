import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import type { TestCore } from '../../helpers/testCore'
import { officeRoster, rows, sendAndAcknowledge, chainOfOffices } from './exchange-fixtures'

const roster = officeRoster()
afterEach(roster.cleanup)
const send = (from: TestCore, to: TestCore, code: string, kind: 'full' | 'incremental') =>
  sendAndAcknowledge(from, to, { to: code, kind })

const unitsAt = (t: TestCore) =>
  rows(
    t,
    `SELECT id, relation, deleted_at IS NOT NULL AS retired FROM units
      WHERE code = '330621' ORDER BY deleted_at IS NULL, created_at`,
  )

describe('relay after a county was set up afresh', () => {
  it('the province follows the city: the new registration is relayed, the old one retired with its rows', async () => {
    const { county, city, province } = await chainOfOffices(roster.open)
    await county.ok('persons.create', person({ name: '李四', idNumber: validId('1990-01-01') }))
    await send(county, city, '330600', 'full')
    await send(city, province, '330000', 'full')

    // The county's PC died without a backup: set up again, new id and keys, registered again
    // at the city with the fingerprint typed and the replacement confirmed.
    const fresh = await roster.open('330621', '示例县委统战部')
    const card = await fresh.ok('units.card', {})
    await city.ok('units.register', {
      card: card.signedText,
      fingerprint: card.fingerprint,
      replace: true,
    })
    const cityCard = await city.ok('units.card', {})
    await fresh.ok('units.register', {
      card: cityCard.signedText,
      fingerprint: cityCard.fingerprint,
    })
    await fresh.ok('persons.create', person({ name: '赵六', idNumber: validId('1991-02-03') }))
    await send(fresh, city, '330600', 'full')

    const relay = await send(city, province, '330000', 'incremental')
    expect(relay.outcome.counts.persons).toMatchObject({ inserted: 1 })
    const freshId = (await fresh.ok('system.status', {})).unit!.id
    const units = unitsAt(province)
    expect(units).toHaveLength(2)
    expect(units[1]).toEqual({ id: freshId, relation: 'relayed', retired: 0 })
    expect(units[0]).toMatchObject({ relation: 'relayed', retired: 1 })
    // Picking 330621 means the county, under either registration, as it does at the city.
    const held = async (t: TestCore) =>
      (await t.ok('persons.list', { units: ['330621'], page: 1, pageSize: 20 })).items
        .map((p) => p.name)
        .sort()
    expect(await held(province)).toEqual(['李四', '赵六'])
    expect(await held(province)).toEqual(await held(city))

    // Another relay of the same city goes through as before.
    await fresh.ok('persons.create', person({ name: '钱七', idNumber: validId('1985-03-04') }))
    await send(fresh, city, '330600', 'incremental')
    const again = await send(city, province, '330000', 'incremental')
    expect(again.outcome.counts.persons).toMatchObject({ inserted: 1 })
  }, 180_000)
})
