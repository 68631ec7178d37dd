import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from '../../db/migrations'
import { listSuggestionRows } from '../../db/repos/suggestionList'
import { openDatabase } from '../../db/open'
import { rescoreAll } from '../../electron/services/suggestions/rescore'
import { TEST_DATABASE_KEY } from '../helpers/testCore'

const dir = mkdtempSync(join(tmpdir(), 'xinlian-suggestion-search-db-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const STAMP = '2025-04-10T00:00:00.000Z'

describe('0017_suggestion_search', () => {
  it('indexes the suggestions already scored, and the next rescoring stores their facts', async () => {
    const file = join(dir, 'xinlian.db')
    const { '0017_suggestion_search': _later, ...before } = migrations
    const old = await openDatabase(file, {
      mounts: [],
      key: TEST_DATABASE_KEY,
      migrationSet: before,
    })
    old.sqlite.exec(`
      INSERT INTO suggestions (id, site_id, created_at, updated_at, title, kind, submitted_on, status)
      VALUES ('s1', 'u', '${STAMP}', '${STAMP}', '关于发展银发经济的建议', '02', '2025-04-10', 'submitted');
      INSERT INTO suggestion_submitters (id, site_id, created_at, updated_at, suggestion_id, name, employer, seq, is_lead)
      VALUES ('m1', 'u', '${STAMP}', '${STAMP}', 's1', '周明', '和美养老服务有限公司', 1, 1);
      INSERT INTO suggestion_scores (suggestion_id, rule_version, score, share, search_text)
      VALUES ('s1', 1, 99, 99, '关于发展银发经济的建议');`)
    old.close()
    const o = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    try {
      expect(o.migrated).toEqual(['0017_suggestion_search'])
      const ids = (f: { query?: string; employer?: string }) =>
        listSuggestionRows(o.sqlite, f, { offset: 0, limit: 10 }).rows.map((r) => r.id)
      expect(ids({ query: '银发' })).toEqual(['s1'])
      expect(ids({ query: '周明' })).toEqual(['s1'])
      expect(ids({ employer: '养老服务' })).toEqual(['s1'])
      expect(ids({ employer: '医院' })).toEqual([])
      // The score kept from before the migration (99) was not computed by the rules: the
      // first rescoring scores it the long way and stores its facts.
      expect(rescoreAll(o.sqlite)).toBe(1)
      const row = o.sqlite
        .prepare('SELECT score, facts FROM suggestion_scores WHERE suggestion_id = ?')
        .get('s1') as { score: number; facts: string }
      expect(row.score).not.toBe(99)
      expect(row.facts).not.toBe('')
      expect(rescoreAll(o.sqlite)).toBe(0)
    } finally {
      o.close()
    }
  })
})
