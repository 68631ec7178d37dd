import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { listSuggestionRows } from '../../db/repos/suggestionList'
import { loadDemoSuggestions } from '../../electron/services/suggestions/demoSuggestions'
import { recomputeScores } from '../../electron/services/suggestions/recompute'
import { DEFAULT_SCORE_RULES } from '../../shared/suggestions/score'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { createPersons } from './activity-fixtures'
import { sessionAs } from './persons-fixtures'
import { suggestionDraft } from './suggestion-fixtures'

let t: TestCore
let operator: SessionSlot
let ids: string[]

const sqlite = () => t.core.database.sqlite

/** What the list must answer, by plain substring over the live rows (the old scan). */
function expected(column: 'text' | 'employer', text: string): string[] {
  const sql =
    column === 'text'
      ? `SELECT s.id FROM suggestions s WHERE s.deleted_at IS NULL AND (instr(s.title, @t) > 0
           OR EXISTS (SELECT 1 FROM suggestion_submitters m WHERE m.suggestion_id = s.id
             AND m.deleted_at IS NULL AND instr(m.name, @t) > 0))`
      : `SELECT s.id FROM suggestions s WHERE s.deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM suggestion_submitters m WHERE m.suggestion_id = s.id
             AND m.deleted_at IS NULL AND instr(ifnull(m.employer, ''), @t) > 0)`
  return (sqlite().prepare(sql).pluck().all({ t: text }) as string[]).sort()
}

/** Every page of a search, checked to come newest first as the unfiltered list does. */
async function listed(filter: { query?: string; employer?: string }): Promise<string[]> {
  const out: { id: string; submittedOn: string }[] = []
  for (let page = 1; ; page++) {
    const r = await t.ok('suggestions.list', { ...filter, page, pageSize: 40 }, operator)
    out.push(...r.items)
    if (out.length >= r.total || !r.items.length) break
  }
  const newestFirst = [...out].sort(
    (a, b) => b.submittedOn.localeCompare(a.submittedOn) || b.id.localeCompare(a.id),
  )
  expect(out.map((i) => i.id)).toEqual(newestFirst.map((i) => i.id))
  return out.map((i) => i.id).sort()
}

beforeAll(async () => {
  t = await makeTestCore()
  operator = await sessionAs(t, 'operator')
  ids = await createPersons(t, 12, (i) => ({
    name: ['王建国', '李晓梅', '赵德明', '张三', '李四', '钱多多'][i % 6]! + (i >= 6 ? '甲' : ''),
    employer: ['华达机械有限公司', '明律律师事务所', '县第一人民医院', ''][i % 4] || null,
  }))
  const unit = sqlite().prepare('SELECT id FROM units WHERE is_self = 1').pluck().get() as string
  let n = 0
  sqlite().transaction(() =>
    loadDemoSuggestions(sqlite(), {
      count: 300,
      siteId: unit,
      hlc: () => `0000000000000-${String(++n).padStart(4, '0')}-x`,
      seed: 5,
      year: 2025,
    }),
  )()
})
afterAll(() => t?.cleanup())

describe('suggestion search from the FTS indexes', { timeout: 120_000 }, () => {
  it('finds exactly the suggestions whose title or submitter contains 1, 2 or 4 characters', async () => {
    for (const q of ['养', '养老', '营商环境', '王建国', '李', '晓梅', '不存在的词']) {
      const want = expected('text', q)
      expect(await listed({ query: q }), q).toEqual(want)
    }
    expect(expected('text', '养老').length).toBeGreaterThan(0)
  })

  it('filters by the employer of any submitter, short or long text', async () => {
    for (const e of ['有限公司', '医院', '律师', '华', '不存在单位']) {
      expect(await listed({ employer: e }), e).toEqual(expected('employer', e))
    }
    expect(expected('employer', '医院').length).toBeGreaterThan(0)
  })

  it('pages the same whether matches are walked in list order or sorted', () => {
    for (const f of [
      { employer: '有限公司' },
      { query: '养老' },
      { query: '营商', employer: '华' },
    ]) {
      const pages = (denseFrom: number) =>
        [0, 20, 40].map((offset) =>
          listSuggestionRows(sqlite(), f, { offset, limit: 20 }, denseFrom),
        )
      const walked = pages(0)
      expect(pages(Number.POSITIVE_INFINITY)).toEqual(walked)
      expect(walked[0]!.rows.length).toBeGreaterThan(0)
      // With a year, the general path answers the same rows for this year's suggestions.
      const year = Number(walked[0]!.rows[0]!.submitted_on.slice(0, 4))
      const general = listSuggestionRows(sqlite(), { ...f, year }, { offset: 0, limit: 500 })
      const textOnly = listSuggestionRows(sqlite(), f, { offset: 0, limit: 500 }, 0)
      expect(general.rows.map((r) => r.id)).toEqual(
        textOnly.rows.filter((r) => r.submitted_on.startsWith(String(year))).map((r) => r.id),
      )
    }
  })

  it('does not match across two submitters’ names or employers', async () => {
    const s = await t.ok(
      'suggestions.create',
      suggestionDraft([ids[3]!, ids[4]!], { title: '关于夜市管理的建议' }),
      operator,
    )
    // 张三 then 李四: 三李 is in neither name.
    expect(await listed({ query: '三李' })).not.toContain(s.id)
    expect(await listed({ query: '张三' })).toContain(s.id)
    expect(await listed({ query: '夜市管理' })).toEqual([s.id])
  })

  it('follows edits and deletes: an old title is no longer found, a deleted one never', async () => {
    const s = await t.ok(
      'suggestions.create',
      suggestionDraft([ids[0]!], { title: '关于河道保洁的建议' }),
      operator,
    )
    expect(await listed({ query: '河道保洁' })).toEqual([s.id])
    await t.ok(
      'suggestions.update',
      { id: s.id, ...suggestionDraft([ids[1]!], { title: '关于农村道路养护的建议' }) },
      operator,
    )
    expect(await listed({ query: '河道保洁' })).toEqual([])
    expect(await listed({ query: '道路养护' })).toEqual([s.id])
    expect(await listed({ employer: '律师事务所', query: '道路养护' })).toEqual([s.id])
    await t.ok('suggestions.delete', { id: s.id }, operator)
    expect(await listed({ query: '道路养护' })).toEqual([])
  })
})

describe('rescoring after a rule change', { timeout: 120_000 }, () => {
  it('stores the same scores as scoring each suggestion one by one, and counts the changed ones', async () => {
    const scores = () =>
      sqlite().prepare('SELECT suggestion_id, score, share FROM suggestion_scores ORDER BY 1').all()
    const admin = await sessionAs(t, 'admin')
    const rules = {
      ...DEFAULT_SCORE_RULES,
      adoptionPoints: { ...DEFAULT_SCORE_RULES.adoptionPoints, province: 31 },
    }
    const saved = await t.ok('suggestions.saveRules', { rules }, admin)
    const viaRescore = scores()
    const withProvince = sqlite()
      .prepare(
        `SELECT count(DISTINCT suggestion_id) FROM suggestion_adoptions
         WHERE deleted_at IS NULL AND level = 'province'`,
      )
      .pluck()
      .get() as number
    expect(saved.changed).toBeGreaterThan(0)
    const listed = await t.ok('suggestions.list', { year: 2025, pageSize: 50 }, operator)
    expect(new Set(listed.items.map((i) => i.ruleVersion))).toEqual(new Set([saved.version]))
    expect(saved.changed).toBeLessThanOrEqual(withProvince)
    // Forget every score, then score each suggestion the long way.
    sqlite().prepare('UPDATE suggestion_scores SET score = -1, share = -1, rule_version = 0').run()
    recomputeScores(sqlite())
    expect(scores()).toEqual(viaRescore)
    const again = await t.ok('suggestions.saveRules', { rules }, admin)
    expect(again.changed).toBe(0)
  })
})
