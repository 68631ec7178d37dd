import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, type TestCore } from '../helpers/testCore'

let t: TestCore
afterEach(() => t?.cleanup())

describe('core', () => {
  it('initializes, signs in and reports status', async () => {
    t = await makeTestCore()
    const status = await t.ok('system.status', {})
    expect(status.initialized).toBe(true)
    expect(status.unit).toMatchObject({ code: '330621', level: 'county' })
    expect(status.session?.role).toBe('admin')
  })
})
