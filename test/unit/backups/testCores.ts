import { afterEach } from 'vitest'
import { makeTestCore, type TestCore } from '../../helpers/testCore'

/**
 * For a test file: `core()` makes a set-up core removed after each test, and `cleanups`
 * takes anything else to undo then (run in order; unshift to run first).
 */
export function testCores() {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const c of cleanups.splice(0)) c()
  })
  async function core(): Promise<TestCore> {
    const t = await makeTestCore()
    cleanups.push(() => t.cleanup())
    return t
  }
  return { cleanups, core }
}
