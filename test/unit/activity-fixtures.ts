import type BetterSqlite3 from 'better-sqlite3'
import type { Input } from '../../shared/contract'
import type { TestCore } from '../helpers/testCore'
import { person } from './persons-fixtures'

/** Creates persons through persons.create (validated like real input); answers their ids. */
export async function createPersons(
  t: TestCore,
  count: number,
  fields: (i: number) => Partial<Input<'persons.create'>>,
): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const r = await t.ok('persons.create', person({ idNumber: null, phone: null, ...fields(i) }))
    ids.push(r.person.id)
  }
  return ids
}

export function changeLogCount(sqlite: BetterSqlite3.Database, table: string): number {
  return sqlite
    .prepare('SELECT count(*) FROM change_log WHERE table_name = ?')
    .pluck()
    .get(table) as number
}

export function lastAudit(sqlite: BetterSqlite3.Database) {
  return sqlite
    .prepare(
      'SELECT action, result, object_type, object_id, detail FROM audit_log ORDER BY seq DESC LIMIT 1',
    )
    .get() as {
    action: string
    result: string
    object_type: string | null
    object_id: string | null
    detail: string | null
  }
}

export const activityDraft = (
  overrides: Partial<Input<'activities.create'>> = {},
): Input<'activities.create'> => ({
  type: '01',
  title: '新联会会员学习交流会',
  startDate: '2025-03-12',
  startTime: '14:30',
  place: '县社会主义学院报告厅',
  hostUnits: ['县委统战部'],
  organizerUnits: ['县新联会'],
  status: 'held',
  ...overrides,
})
