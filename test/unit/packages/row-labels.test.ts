import { afterEach, describe, expect, it } from 'vitest'
import { maskIdNumber } from '../../../shared/privacy/mask'
import { person, validId } from '../persons-fixtures'
import { exportTo, offices, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

describe('the rows an import reports, as the staff know them', () => {
  it('name the person with the ID number masked, in the preview, the outcome and the county; never in the signed receipt', async () => {
    o = await offices()
    const { county, city } = o
    const shared = validId('1979-11-02', '135')
    await county.ok('persons.create', person({ name: '王立新', idNumber: shared }))
    await city.ok('persons.create', person({ name: '王立新', idNumber: shared }))
    const pkg = await exportTo(county)
    const label = `王立新（${maskIdNumber(shared)}）`

    const preview = await city.ok('packages.import', { data: pkg.data, dryRun: true })
    expect(preview.rows).toMatchObject([{ kind: 'duplicateId', label }])
    const applied = await city.ok('packages.import', { data: pkg.data })
    expect(applied.rows).toMatchObject([{ kind: 'duplicateId', label }])
    expect(JSON.stringify(applied)).not.toContain(shared)
    expect(applied.receipt!.signedText).not.toContain('王立新')

    const back = await county.ok('packages.importReceipt', { text: applied.receipt!.signedText })
    expect(back.rows).toMatchObject([{ kind: 'duplicateId', label }])
  })
})
