import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoSuggestions } from '../../electron/services/suggestions/demoSuggestions'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { changeLogCount, createPersons } from './activity-fixtures'

let t: TestCore
beforeAll(async () => {
  t = await makeTestCore()
  await createPersons(t, 8, (i) => ({ name: `演示${i}`, employer: `单位${i % 3}` }))
})
afterAll(() => t?.cleanup())

// Loading 400 suggestions with their rows and scores takes seconds on a shared machine.
describe('demo suggestions', { timeout: 120_000 }, () => {
  it('cover every kind, channel and adoption level, some with 批示, all scored', async () => {
    const sqlite = t.core.database.sqlite
    const unit = sqlite.prepare('SELECT id FROM units WHERE is_self = 1').pluck().get() as string
    let n = 0
    const made = loadDemoSuggestions(sqlite, {
      count: 400,
      siteId: unit,
      hlc: () => `0000000000000-${String(++n).padStart(4, '0')}-x`,
      seed: 7,
      year: 2025,
    })
    expect(made).toBe(400)
    const distinct = (sql: string) => sqlite.prepare(sql).pluck().all()
    expect(distinct('SELECT DISTINCT kind FROM suggestions ORDER BY 1')).toEqual([
      '01',
      '02',
      '03',
      '04',
    ])
    expect(distinct('SELECT DISTINCT channel FROM suggestions ORDER BY 1')).toHaveLength(5)
    expect(distinct('SELECT DISTINCT level FROM suggestion_adoptions ORDER BY 1')).toEqual([
      'city',
      'county',
      'national',
      'province',
    ])
    expect(changeLogCount(sqlite, 'suggestion_instructions')).toBeGreaterThan(10)
    expect(changeLogCount(sqlite, 'suggestions')).toBe(400)
    expect(sqlite.prepare('SELECT count(*) FROM suggestion_scores').pluck().get()).toBe(400)
    const board = await t.ok('suggestions.scores', { year: 2025 })
    expect(board.persons.length).toBeGreaterThan(0)
    expect(board.figures.adopted).toBeGreaterThan(0)
    // Adoptions and 批示 never come before the submission.
    expect(
      sqlite
        .prepare(
          `SELECT count(*) FROM suggestion_adoptions a JOIN suggestions s ON s.id = a.suggestion_id
           WHERE a.adopted_on < s.submitted_on`,
        )
        .pluck()
        .get(),
    ).toBe(0)
  })
})
