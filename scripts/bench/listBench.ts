import type { Input } from '../../shared/contract'
import type { BenchCore } from './benchCore'
import type { BenchScale } from './scales'
import type { RowSink } from './rows'
import type { SampledPerson } from './sample'
import { distribution, timeEach } from './timing'

/** The budget, at a million persons and below. */
const LIST_BUDGET = { kind: 'max', limit: 50 } as const
const PAGE = 50
const SORTS = ['name', 'birthDate', 'updatedAt', 'createdAt'] as const

type ListInput = Input<'persons.list'>

/** Filter sets a clerk combines on the list screen, in turn. */
function filters(i: number): Partial<ListInput> {
  const all: Partial<ListInput>[] = [
    { statuses: ['1'] },
    { categories: ['41'], townships: [String(1 + (i % 14)).padStart(3, '0')] },
    { teams: ['1', '2'], politicalStatuses: ['01'] },
    { ageMin: 35, ageMax: 45, statuses: ['1'], sexes: ['2'] },
    { seat: 'any' },
    { categories: ['2'], talentLevels: ['1', '2'], statuses: ['1'] },
  ]
  return all[i % all.length]!
}

/**
 * persons.list and persons.count through core.call: first and deep pages, with and without
 * filters and search text, in every sort; and the first list after an edit (the list index
 * patches itself from change_log). Unfiltered pages stand beside plain SQL over the name
 * index at the same offset — the best SQLite does without the list index.
 */
export async function benchList(
  sink: RowSink,
  b: BenchCore,
  scale: BenchScale,
  sample: SampledPerson[],
): Promise<void> {
  const sqlite = b.core.database.sqlite
  const n = scale.queries
  const total = (await b.call('persons.count', {})).count
  const pages = Math.max(1, Math.floor(total / PAGE))
  const deepPage = (i: number) => 1 + ((i * 7919) % pages)
  const byName = sqlite.prepare(
    'SELECT * FROM persons WHERE deleted_at IS NULL ORDER BY name, birth_date LIMIT ? OFFSET ?',
  )
  const sqlPages = async (page: (i: number) => number, count: number) =>
    (
      await timeEach(
        Array.from({ length: count }, (_, i) => page(i)),
        (p) => byName.all(PAGE, (p - 1) * PAGE),
      )
    ).dist
  const list = (f: (i: number) => Partial<ListInput>) =>
    Array.from({ length: n }, (_, i) => ({ pageSize: PAGE, ...f(i) }) as ListInput)

  const run = async (
    id: string,
    label: string,
    inputs: ListInput[],
    baseline?: { dist: Awaited<ReturnType<typeof sqlPages>>; label: string },
  ) => {
    const r = await timeEach(inputs, (input) => b.call('persons.list', input))
    const avg = r.values.reduce((s, v) => s + v.total, 0) / r.values.length
    sink.add({
      id,
      operation: label,
      value: r.dist,
      baseline: baseline?.dist ?? null,
      ...(baseline ? { baselineLabel: baseline.label } : {}),
      budget: LIST_BUDGET,
      note: `avg total ${Math.round(avg)}`,
    })
  }

  await run(
    'list.first',
    'list first page, no filter (4 sorts)',
    list((i) => ({ sort: SORTS[i % 4] })),
    { dist: await sqlPages(() => 1, n), label: 'SQL ORDER BY name, first page' },
  )
  await run(
    'list.deep',
    'list deep page, no filter (4 sorts, up to last)',
    list((i) => ({ sort: SORTS[i % 4], order: i % 2 ? 'desc' : 'asc', page: deepPage(i) })),
    // Deep OFFSETs walk the index row by row: fewer samples keep a million rows affordable.
    {
      dist: await sqlPages(deepPage, Math.min(n, scale.repeats)),
      label: 'SQL ORDER BY name, same offsets',
    },
  )
  await run(
    'list.filtered.first',
    'list filtered, first page',
    list((i) => ({ ...filters(i), sort: SORTS[i % 4] })),
  )
  await run(
    'list.filtered.deep',
    'list filtered, deep page',
    list((i) => ({
      ...filters(i),
      sort: SORTS[i % 4],
      order: 'desc',
      page: 1 + ((i * 31) % 200) * 10,
    })),
  )
  await run(
    'list.query1.relevance',
    'list + 1-char query, by relevance',
    list((i) => ({
      query: [...sample[i % sample.length]!.name][0],
      sort: 'relevance',
      statuses: ['1'],
    })),
  )
  await run(
    'list.query2.filter',
    'list + 2-char query + filter',
    list((i) => ({
      query: [...sample[i % sample.length]!.name].slice(-2).join(''),
      categories: ['11'],
    })),
  )
  await run(
    'list.initials.page3',
    'list + initials query, page 3',
    list((i) => ({ query: sample[i % sample.length]!.name_initials, page: 3 })),
  )

  const counted = await timeEach(
    Array.from({ length: n }, (_, i) => filters(i) as Input<'persons.count'>),
    (input) => b.call('persons.count', input),
  )
  sink.add({
    id: 'list.count',
    operation: 'count, filtered',
    value: counted.dist,
    budget: LIST_BUDGET,
  })

  const victim = (await b.call('persons.list', { pageSize: 1 })).items[0]!
  const times: number[] = []
  for (let i = 0; i < Math.min(20, n); i++) {
    await b.call('persons.update', { id: victim.id, jobTitle: `职务${i}` })
    const t0 = performance.now()
    await b.call('persons.list', { sort: 'updatedAt', order: 'desc', pageSize: PAGE })
    times.push(performance.now() - t0)
  }
  sink.add({
    id: 'list.afterEdit',
    operation: 'list right after an edit (index patch)',
    value: distribution(times),
    budget: LIST_BUDGET,
  })
}
