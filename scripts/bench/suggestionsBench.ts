import type { Input } from '../../shared/contract'
import { DEFAULT_SCORE_RULES } from '../../shared/suggestions/score'
import { loadDemoSuggestions } from '../../electron/services/suggestions/demoSuggestions'
import { siteIdOf, type BenchCore } from './benchCore'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { timeEach } from './timing'

/** The budgets: list and search p95 ≤ 50 ms, recomputing every score ≤ 1 s. */
const LIST_BUDGET = { kind: 'max', limit: 50 } as const
const RECOMPUTE_BUDGET = { kind: 'max', limit: 1000 } as const
/** The figure; the smoke test's tiny scale only checks the phase runs. */
export const suggestionCount = (scale: BenchScale) => (scale.name === 'tiny' ? 2_000 : 50_000)

type ListInput = Input<'suggestions.list'>

/** Demo suggestions of this unit (rows, children, change_log, scores), in one transaction. */
export function seedSuggestions(b: BenchCore, count: number, year: number): void {
  const sqlite = b.core.database.sqlite
  let n = 0
  sqlite.transaction(() =>
    loadDemoSuggestions(sqlite, {
      count,
      siteId: siteIdOf(b),
      hlc: () => `${String(Date.now()).padStart(13, '0')}-${String(++n).padStart(4, '0')}-bench`,
      seed: 11,
      year,
    }),
  )()
}

/**
 * 50,000 demo suggestions in the bench register (whatever its scale), then suggestions.list
 * through core.call with each filter and with search text (title words, submitter names),
 * and suggestions.saveRules, which recomputes and stores every score.
 */
export async function benchSuggestions(
  sink: RowSink,
  b: BenchCore,
  scale: BenchScale,
): Promise<void> {
  const sqlite = b.core.database.sqlite
  const year = new Date().getFullYear()
  const count = suggestionCount(scale)
  const started = performance.now()
  seedSuggestions(b, count, year)
  sink.add({
    id: 'suggestions.demoLoad',
    operation: `demo suggestions load, ${count}`,
    value: performance.now() - started,
    note: 'rows, children, change_log and every score',
  })
  const names = sqlite
    .prepare('SELECT name FROM suggestion_submitters ORDER BY random() LIMIT ?')
    .pluck()
    .all(scale.queries) as string[]
  const q = scale.queries
  const run = async (id: string, label: string, input: (i: number) => Partial<ListInput>) => {
    const inputs = Array.from({ length: q }, (_, i) => ({ pageSize: 50, ...input(i) }) as ListInput)
    const r = await timeEach(inputs, (x) => b.call('suggestions.list', x))
    const avg = r.values.reduce((s, v) => s + v.total, 0) / r.values.length
    sink.add({
      id,
      operation: label,
      value: r.dist,
      budget: LIST_BUDGET,
      note: `avg total ${Math.round(avg)}`,
    })
  }
  const levels = ['county', 'city', 'province', 'national'] as const
  await run('suggestions.list.first', 'suggestions list, first page, no filter', () => ({}))
  await run('suggestions.list.deep', 'suggestions list, deep page', (i) => ({
    page: 1 + ((i * 37) % 900),
  }))
  await run('suggestions.list.filtered', 'suggestions list, year + kind + status + level', (i) => ({
    year: year - (i % 3),
    kind: `0${1 + (i % 4)}`,
    status: i % 2 ? 'adopted' : 'done',
    level: levels[i % 4],
  }))
  await run('suggestions.list.employer', 'suggestions list, submitter employer', () => ({
    employer: '有限公司',
  }))
  await run('suggestions.search.title', 'suggestions search, title words', (i) => ({
    query: ['营商环境', '养老', '直播', '融资'][i % 4],
  }))
  await run('suggestions.search.submitter', 'suggestions search, submitter name', (i) => ({
    query: names[i % names.length],
  }))
  await b.call('suggestions.saveRules', { rules: DEFAULT_SCORE_RULES })
  const changed = await timeEach([0, 1, 2], (i) =>
    b.call('suggestions.saveRules', {
      rules: {
        ...DEFAULT_SCORE_RULES,
        adoptionPoints: { ...DEFAULT_SCORE_RULES.adoptionPoints, city: 12 + i },
      },
    }),
  )
  sink.add({
    id: 'suggestions.recompute',
    operation: `scoring rule change, recompute ${count} scores`,
    value: changed.dist.max,
    budget: RECOMPUTE_BUDGET,
    note: `${changed.values[0]!.changed} scores changed; worst of 3 saves, in the audited transaction`,
  })
}
