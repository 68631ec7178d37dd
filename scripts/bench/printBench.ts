import { rosterPersons } from '../../electron/services/documents/rosterPersons'
import { localToday } from '../../shared/dates/calendar'
import { DEFAULT_ROSTER_COLUMNS, ROSTER_COLUMNS } from '../../shared/documents/roster'
import type { BenchCore } from './benchCore'
import type { BenchScale } from './scales'
import type { RowSink } from './rows'
import { timeEach } from './timing'

/**
 * The print model of a roster of `scale.roster` persons (documents.roster through
 * core.call: persons read, cells formatted and masked, pages cut), beside the same rows
 * array built without dispatch or pagination. The issue sets no budget for it.
 */
export async function benchPrint(sink: RowSink, b: BenchCore, scale: BenchScale): Promise<void> {
  const sqlite = b.core.database.sqlite
  const total = sqlite
    .prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL')
    .pluck()
    .get() as number
  const step = Math.max(1, Math.floor(total / scale.roster))
  const ids = sqlite
    .prepare('SELECT id FROM persons WHERE deleted_at IS NULL AND rid % ? = 0 ORDER BY rid LIMIT ?')
    .pluck()
    .all(step, scale.roster) as string[]
  const reps = Array.from({ length: scale.repeats }, (_, i) => i)
  const model = await timeEach(reps, () =>
    b.call('documents.roster', { source: { kind: 'persons', personIds: ids }, columns: [] }),
  )
  const today = localToday()
  const plain = await timeEach(reps, () =>
    rosterPersons(sqlite, ids, today).map((p, i) => [
      String(i + 1),
      ...DEFAULT_ROSTER_COLUMNS.map((k) => ROSTER_COLUMNS[k].value(p, {}, true)),
    ]),
  )
  const roster = model.values[0]!
  sink.add({
    id: 'print.roster',
    operation: `print model, roster of ${ids.length} persons`,
    value: model.dist,
    baseline: plain.dist,
    baselineLabel: 'same rows read and formatted, no pages',
    note: `${roster.count} rows on ${roster.pages.length} pages`,
  })
}
