import type { TestCore } from '../helpers/testCore'
import { expect, type Api } from './fixtures'

/**
 * A county office registered at the city shown in the browser (cards exchanged both ways),
 * `fill` run on the county, then its full package for `period` applied at the city.
 */
export async function countyReportsTo(
  city: Api,
  cityCode: string,
  county: TestCore,
  period: string,
  fill: () => Promise<unknown>,
): Promise<void> {
  const countyCard = await county.ok('units.card', {})
  const cityCard = await city('units.card', {})
  await city('units.register', { card: countyCard.signedText, fingerprint: countyCard.fingerprint })
  await county.ok('units.register', {
    card: cityCard.signedText,
    fingerprint: cityCard.fingerprint,
  })
  await fill()
  const pkg = await county.ok('packages.export', {
    to: cityCode,
    period,
    kind: 'full',
    explanation: '部分人员暂无身份证号',
  })
  const applied = await city('packages.import', { data: pkg.data, fileName: pkg.fileName })
  expect(applied.status).toBe('applied')
}
