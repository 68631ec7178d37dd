import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from '../../db/migrations'
import { openDatabase } from '../../db/open'
import { TEST_DATABASE_KEY } from '../helpers/testCore'

const dir = mkdtempSync(join(tmpdir(), 'xinlian-change-log-row-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ENTRIES = 40_000

describe('0029_change_log_runs', () => {
  it('adds the table of runs, frees change_log_row without writing its pages again, and leaves secure_delete on', async () => {
    const file = join(dir, 'xinlian.db')
    const { '0029_change_log_runs': _later, ...before } = migrations
    const old = await openDatabase(file, {
      mounts: [],
      key: TEST_DATABASE_KEY,
      migrationSet: before,
    })
    old.sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO change_log (table_name, row_id, op, hlc, site_id)
         SELECT 'persons', printf('0194f000-0000-7000-8000-%012d', i), 'insert', '2026-12-07', 'site' FROM n`,
      )
      .run(ENTRIES)
    const indexPages = old.sqlite
      .prepare("SELECT count(*) FROM dbstat WHERE name = 'change_log_row'")
      .pluck()
      .get() as number
    expect(indexPages).toBeGreaterThan(200)
    old.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    old.close()

    const o = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    try {
      expect(o.migrated).toEqual(['0029_change_log_runs'])
      const index = o.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE name = 'change_log_row'")
        .get()
      expect(index).toBeUndefined()
      expect(o.sqlite.prepare('SELECT count(*) FROM change_log_runs').pluck().get()).toBe(0)
      // With secure_delete every freed page is zeroed and written into the WAL again: at a
      // province 55 MB and ~0.6 s of CPU on the first open after the update.
      const [wal] = o.sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[]
      expect(wal?.log).toBeLessThan(indexPages / 4)
      expect(o.sqlite.pragma('secure_delete', { simple: true })).toBe(1)
      expect(o.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(ENTRIES)
    } finally {
      o.close()
    }
  })
})
