import { randomUUID } from 'node:crypto'
import type { Input } from '../../shared/contract'
import { formatHlc } from '../../shared/time/hlc'
import type { BenchCore } from './benchCore'
import { shapeAsProvince, type ProvinceShape } from './provinceShape'
import type { RowSink } from './rows'
import { samplePersons } from './sample'
import type { BenchScale } from './scales'
import { seedSuggestions, suggestionCount } from './suggestionsBench'
import { timeEach } from './timing'

/** The list budget of issue 13, with the unit picker set to anything. */
const LIST_BUDGET = { kind: 'max', limit: 50 } as const
const PAGE = 50
/** The province: 10 cities × 10 counties, 5 periods. */
const SHAPE = { cities: 10, countiesPerCity: 10, periods: 5 }
const ORGANIZATIONS = 5_000
/** What the board ran on every load before it counted from the list index. */
const PERSONS_PER_UNIT_SQL = `SELECT u.code, count(p.rid) FROM units u
  JOIN persons p ON p.site_id = u.id AND p.deleted_at IS NULL GROUP BY u.id`

function seedOrganizations(b: BenchCore, count: number): void {
  const sqlite = b.core.database.sqlite
  const insert = sqlite.prepare(
    `INSERT INTO organizations (id, site_id, created_at, updated_at, kind, name)
     SELECT ?, id, @stamp, @stamp, 'association', ? FROM units WHERE is_self = 1`,
  )
  const stamp = formatHlc({ ms: Date.now(), counter: 0 })
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(randomUUID(), `新联会${i + 1}`, { stamp })
  })()
}

/** The picker's three settings: 本单位及下级 (nothing picked), one city, one county. */
function pickers(shape: ProvinceShape): { label: string; units: (i: number) => string[] }[] {
  return [
    { label: 'all units', units: () => [] },
    { label: 'one city', units: (i) => [shape.cities[i % shape.cities.length]!.code] },
    { label: 'one county', units: (i) => [shape.counties[(i * 7) % shape.counties.length]!.code] },
  ]
}

const scoped = (units: string[]) => (units.length ? { units } : {})

/**
 * The upper office at the scale's persons: the register becomes a province of 10 cities × 10
 * counties with 5 reported periods (provinceShape), then the 上报情况 board and every
 * unit-scoped list — persons (also with a 1-character search), activities, suggestions,
 * organizations — with the picker at all units, one city and one county.
 */
export async function benchUpper(sink: RowSink, b: BenchCore, scale: BenchScale): Promise<void> {
  const sqlite = b.core.database.sqlite
  const year = new Date().getFullYear()
  // The suggestions phase may have loaded them already (a full run).
  if (!sqlite.prepare('SELECT 1 FROM suggestions LIMIT 1').get())
    seedSuggestions(b, suggestionCount(scale), year)
  seedOrganizations(b, scale.name === 'tiny' ? 50 : ORGANIZATIONS)
  const t0 = performance.now()
  const shape = shapeAsProvince(sqlite, {
    cities: SHAPE.cities,
    countiesPerCity: SHAPE.countiesPerCity,
    years: Array.from({ length: SHAPE.periods }, (_, i) => year - SHAPE.periods + i),
  })
  sink.add({
    id: 'upper.shape',
    operation: 'reshape the register as a province (units, packages, owners)',
    value: performance.now() - t0,
    note: `${shape.cities.length} cities, ${shape.counties.length} counties, ${shape.periods.length} periods`,
  })
  const reps = Array.from({ length: scale.repeats }, (_, i) => i)
  // The first call builds the list index the board's per-unit counts read.
  const cold = await timeEach([0], () => b.call('packages.statusBoard', {}))
  sink.add({
    id: 'upper.board.first',
    operation: '上报情况 board, first call after open',
    value: cold.dist.max,
    note: 'builds the persons list index once per open',
  })
  const board = await timeEach(reps, () => b.call('packages.statusBoard', {}))
  const cells = board.values[0]!.cells
  const groupBy = sqlite.prepare(PERSONS_PER_UNIT_SQL)
  const plain =
    scale.groupByRepeats > 0
      ? await timeEach(reps.slice(0, scale.groupByRepeats), () => groupBy.all())
      : null
  sink.add({
    id: 'upper.board',
    operation: '上报情况 board, every period',
    value: board.dist,
    ...(plain
      ? {
          baseline: plain.dist,
          baselineLabel: `persons per unit by GROUP BY, as the board counted them before (${scale.groupByRepeats} runs)`,
        }
      : {}),
    budget: LIST_BUDGET,
    note: `${board.values[0]!.units.length} units × ${board.values[0]!.periods.length} periods, ${cells.filter((c) => c.status === 'notReported').length} cells 未报送`,
  })
  const onePeriod = await timeEach(reps, (i) =>
    b.call('packages.statusBoard', { period: shape.periods[i % shape.periods.length]! }),
  )
  sink.add({
    id: 'upper.board.period',
    operation: '上报情况 board, one period',
    value: onePeriod.dist,
    budget: LIST_BUDGET,
  })

  const people = samplePersons(sqlite, scale.queries)
  const n = scale.queries
  const each = <M extends 'persons.list' | 'activities.list' | 'suggestions.list'>(
    method: M,
    id: string,
    label: string,
    input: (i: number, units: string[]) => Input<M>,
  ) =>
    pickers(shape).reduce(
      (done, picker) =>
        done.then(async () => {
          const r = await timeEach(
            Array.from({ length: n }, (_, i) => i),
            (i) => b.call(method, input(i, picker.units(i))),
          )
          const avg =
            r.values.reduce((s, v) => s + (v as { total: number }).total, 0) / r.values.length
          sink.add({
            id: `${id}.${picker.label.replace(' ', '')}`,
            operation: `${label}, ${picker.label}`,
            value: r.dist,
            budget: LIST_BUDGET,
            note: `avg total ${Math.round(avg)}`,
          })
        }),
      Promise.resolve(),
    )
  await each('persons.list', 'upper.persons', 'persons list first page', (i, units) => ({
    page: 1,
    pageSize: PAGE,
    sort: (['name', 'updatedAt'] as const)[i % 2],
    order: 'asc',
    ...scoped(units),
  }))
  await each('persons.list', 'upper.persons.query1', 'persons + 1-char search', (i, units) => ({
    page: 1,
    pageSize: PAGE,
    query: [...people[i % people.length]!.name][0]!,
    sort: 'relevance',
    order: 'asc',
    ...scoped(units),
  }))
  await each('activities.list', 'upper.activities', 'activities list', (i, units) => ({
    page: 1 + (i % 3),
    pageSize: PAGE,
    ...scoped(units),
  }))
  await each('suggestions.list', 'upper.suggestions', 'suggestions list', (i, units) => ({
    page: 1 + (i % 3),
    pageSize: PAGE,
    ...scoped(units),
  }))
  for (const picker of pickers(shape)) {
    const r = await timeEach(reps, (i) => b.call('organizations.tree', scoped(picker.units(i))))
    sink.add({
      id: `upper.organizations.${picker.label.replace(' ', '')}`,
      operation: `organizations tree, ${picker.label}`,
      value: r.dist,
      budget: LIST_BUDGET,
      note: `${r.values[0]!.length} organizations`,
    })
  }
}
