import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { bulkWriteMode } from '../../electron/services/import/bulkWriteMode'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const indexes = (sqlite: BetterSqlite3.Database) =>
  sqlite
    .prepare(
      "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
    )
    .all() as { tbl_name: string; name: string; sql: string }[]

describe('the indexes a bulk write maintains', () => {
  it('leaves categories and tags without an index of their own: both are read by person', async () => {
    t = await signedInCore()
    const tables = indexes(t.core.database.sqlite).map((ix) => ix.tbl_name)
    for (const table of ['person_categories', 'person_tags']) expect(tables).not.toContain(table)
  })

  it('keeps the recycle-bin and demo indexes up while writing, and builds the others again as they were', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    const before = indexes(sqlite)
    sqlite.exec('BEGIN')
    const mode = bulkWriteMode(sqlite, { deferIndexes: true, cacheKib: 1024, walFolds: null })
    const during = indexes(sqlite).map((ix) => ix.name)
    expect(during).toEqual(expect.arrayContaining(['persons_binned', 'persons_demo']))
    expect(during).not.toContain('persons_live_name')
    expect(during).not.toContain('persons_id_number')
    mode.finish()
    sqlite.exec('COMMIT')
    mode.restoreCache()
    expect(indexes(sqlite)).toEqual(before)
  })
})
