import { afterEach, describe, expect, it } from 'vitest'
import { APP_CACHE_KIB } from '../../db/open'
import { openCliSession } from '../../electron/cli/cliSession'
import { bulkWriteMode } from '../../electron/services/import/bulkWriteMode'
import { ADMIN, makeTestCore, type TestCore } from '../helpers/testCore'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

async function installation(): Promise<TestCore> {
  const t = await makeTestCore()
  cleanups.push(() => t.cleanup())
  return t
}

/** SQLite reports a cache set in KiB as a negative number. */
const cacheKib = (sqlite: { pragma(s: string, o: { simple: true }): unknown }) =>
  -Number(sqlite.pragma('cache_size', { simple: true }))

describe("the encrypted database's page cache", () => {
  it('is the large one on the connection the app works through', async () => {
    const t = await installation()
    expect(APP_CACHE_KIB).toBeGreaterThan(2000)
    expect(cacheKib(t.core.database.sqlite)).toBe(APP_CACHE_KIB)
  })

  it('is the large one on the CLI connection, opened by a sign-in', async () => {
    const t = await installation()
    t.core.close()
    const session = await openCliSession({ dataDir: t.dir, mustExist: true, shell: 'cli' })
    cleanups.unshift(() => session.close())
    await session.signIn(ADMIN.username, ADMIN.password)
    expect(cacheKib(session.core.database.sqlite)).toBe(APP_CACHE_KIB)
  })

  it("comes back after an import's bulk write widened it", async () => {
    const t = await installation()
    const { sqlite } = t.core.database
    const mode = bulkWriteMode(sqlite, {
      deferIndexes: false,
      cacheKib: 4 * APP_CACHE_KIB,
      walFolds: null,
    })
    expect(cacheKib(sqlite)).toBe(4 * APP_CACHE_KIB)
    mode.restoreCache()
    expect(cacheKib(sqlite)).toBe(APP_CACHE_KIB)
  })
})
