import { localToday } from '../../shared/dates/calendar'
import type { BenchCore } from './benchCore'
import type { BenchScale } from './scales'
import type { RowSink } from './rows'
import { timeEach, timeOnce } from './timing'

/** The budget for each dashboard statistic, at a million persons and below. */
const STAT_BUDGET = { kind: 'max', limit: 200 } as const

/** Plain GROUP BY over the tables: what the dashboards would cost without the list index. */
const PERSON_GROUP_BYS = [
  `SELECT pc.code, count(*) FROM person_categories pc JOIN persons p ON p.rid = pc.person_rid
    WHERE p.deleted_at IS NULL GROUP BY pc.code`,
  'SELECT township, count(*) FROM persons WHERE deleted_at IS NULL GROUP BY township',
  'SELECT team, count(*) FROM persons WHERE deleted_at IS NULL GROUP BY team',
  `SELECT CASE
      WHEN birth_date IS NULL THEN 'unknown'
      WHEN ? - CAST(substr(birth_date, 1, 4) AS INTEGER) < 35 THEN '<35'
      WHEN ? - CAST(substr(birth_date, 1, 4) AS INTEGER) < 45 THEN '35-44'
      WHEN ? - CAST(substr(birth_date, 1, 4) AS INTEGER) < 55 THEN '45-54'
      ELSE '55+' END AS band, count(*)
     FROM persons WHERE deleted_at IS NULL GROUP BY band`,
]

const ACTIVITIES_BY_MONTH = `
  SELECT substr(a.start_date, 6, 2) AS month, count(DISTINCT a.id), count(p.id)
    FROM activities a
    LEFT JOIN participants p
      ON p.activity_id = a.id AND p.deleted_at IS NULL AND p.attendance = 'present'
   WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.start_date >= ? AND a.start_date < ?
   GROUP BY month`

/**
 * The first statistics.persons after the register opens: it builds the persons list index
 * (shared with the list screen), which later calls only read. Run before anything else
 * touches the list index.
 */
export async function benchStatisticsCold(sink: RowSink, b: BenchCore): Promise<void> {
  const { ms } = await timeOnce(() => b.call('statistics.persons', {}))
  sink.add({
    id: 'statistics.persons.cold',
    operation: 'statistics.persons, first call after open',
    value: ms,
    note: 'builds the persons list index, once per open (the first list page pays it otherwise)',
  })
}

/** statistics.persons and statistics.activities through core.call, warm, beside GROUP BY. */
export async function benchStatistics(
  sink: RowSink,
  b: BenchCore,
  scale: BenchScale,
): Promise<void> {
  const sqlite = b.core.database.sqlite
  const reps = Array.from({ length: scale.repeats }, (_, i) => i)
  const persons = await timeEach(reps, () => b.call('statistics.persons', {}))
  const year = Number(localToday().slice(0, 4))
  const groupBys = PERSON_GROUP_BYS.map((q) => sqlite.prepare(q))
  // None where only the procedure's own figure is compared (the at-rest rounds), and at a
  // province (scales.ts).
  const plain =
    scale.groupByRepeats > 0
      ? await timeEach(reps.slice(0, scale.groupByRepeats), () =>
          groupBys.map((s, i) => (i === 3 ? s.all(year, year, year) : s.all())),
        )
      : null
  sink.add({
    id: 'statistics.persons',
    operation: 'statistics.persons (category, township, team, age band…)',
    value: persons.dist,
    ...(plain
      ? {
          baseline: plain.dist,
          baselineLabel: `4 plain GROUP BY queries (${scale.groupByRepeats} runs)`,
        }
      : {}),
    budget: STAT_BUDGET,
    note: `${persons.values[0]!.total} persons`,
  })

  const years = reps.map((i) => year - (i % 3))
  const activities = await timeEach(years, (y) => b.call('statistics.activities', { year: y }))
  const byMonth = sqlite.prepare(ACTIVITIES_BY_MONTH)
  const plainActivities = await timeEach(years, (y) => byMonth.all(`${y}-01-01`, `${y + 1}-01-01`))
  const held = activities.values.reduce(
    (n, v) => n + v.activitiesByMonth.reduce((a, m) => a + m, 0),
    0,
  )
  sink.add({
    id: 'statistics.activities',
    operation: 'statistics.activities (per month)',
    value: activities.dist,
    baseline: plainActivities.dist,
    baselineLabel: 'plain GROUP BY month with participants',
    budget: STAT_BUDGET,
    note: `avg ${Math.round(held / years.length)} held activities a year`,
  })
}

/**
 * 工作台 and the figures of a yearly report (every indicator for a year). The first
 * dashboard after a write reads every ID number for the check-digit finding; later ones
 * reuse that until change_log moves.
 */
export async function benchDashboard(
  sink: RowSink,
  b: BenchCore,
  scale: BenchScale,
): Promise<void> {
  const reps = Array.from({ length: scale.repeats }, (_, i) => i)
  const first = await timeOnce(() => b.call('statistics.dashboard', {}))
  sink.add({
    id: 'statistics.dashboard.first',
    operation: 'statistics.dashboard, first after a write',
    value: first.ms,
    note: 'includes reading every ID number for the check-digit finding',
  })
  const warm = await timeEach(reps, () => b.call('statistics.dashboard', {}))
  sink.add({
    id: 'statistics.dashboard',
    operation: 'statistics.dashboard (figures, lists, quality findings)',
    value: warm.dist,
    budget: { kind: 'max', limit: 300 },
  })
  const year = Number(localToday().slice(0, 4))
  const period = { from: `${year}-01-01`, to: `${year}-12-31` }
  const all = await timeEach(reps, () => b.call('statistics.indicators', { period }))
  sink.add({
    id: 'statistics.indicators.year',
    operation: 'every indicator for a year (the yearly report figures)',
    value: all.dist,
    budget: { kind: 'max', limit: 1000 },
    note: `${Object.keys(all.values[0]!.values).length} indicators`,
  })
}
