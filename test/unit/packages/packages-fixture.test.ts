import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../../helpers/testCore'
import { count, office } from './exchange-fixtures'

const dir = join(import.meta.dirname, '../../fixtures/packages')
const packages = readdirSync(dir).filter((f) => f.endsWith('.xlpkg'))

let city: TestCore | undefined
afterEach(() => city?.cleanup())

/** Packages made by earlier schemas stay readable for ever (UPWARD.md "What the tests show"). */
describe('frozen packages of earlier schemas', () => {
  it('there is at least one', () => expect(packages.length).toBeGreaterThan(0))

  it.each(packages)('%s imports at today’s schema', async (name) => {
    city = await office('330600', '示例市委统战部')
    const card = readFileSync(join(dir, name.replace(/\.xlpkg$/, '.xlkey')), 'utf8')
    await city.ok('units.register', { card })
    const data = readFileSync(join(dir, name)).toString('base64')
    const r = await city.ok('packages.import', { data, fileName: name })
    expect(r.status).toBe('applied')
    expect(r.counts.persons!.inserted).toBe(2)
    expect(r.counts.organizations!.inserted).toBe(1)
    expect(count(city, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL')).toBe(2)
    const again = await city.ok('packages.import', { data, fileName: name })
    expect(again.status).toBe('already-imported')
  })
})
