import type BetterSqlite3 from 'better-sqlite3'
import type { TestCore } from '../helpers/testCore'
import { formatHlc } from '../../shared/time/hlc'
import { validId } from './persons-fixtures'

/** A small seeded generator: the same data on every run and machine. */
export function seeded(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!
  return { next, int, pick }
}

/**
 * Sets raw columns of a person the way a past write would have left them, and appends to
 * change_log so the list index reads the row again (as it does after any write).
 */
export function rewritePerson(
  sqlite: BetterSqlite3.Database,
  id: string,
  cols: Partial<{
    created_at: string
    updated_at: string
    status: string
    status_date: string | null
    township: string | null
  }>,
): void {
  const keys = Object.keys(cols)
  sqlite
    .prepare(`UPDATE persons SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`)
    .run({ ...cols, id })
  const site = sqlite.prepare('SELECT site_id FROM persons WHERE id = ?').pluck().get(id)
  sqlite
    .prepare(
      "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('persons', ?, 'update', ?, ?)",
    )
    .run(id, formatHlc({ ms: Date.now(), counter: 0 }), site)
}

export const stampAt = (iso: string) => formatHlc({ ms: Date.parse(iso), counter: 0 })

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A register and activity calendar drawn at random around the turn of 2025/2026: persons of
 * every category, team, sex, party, education, seat and status, recorded and leaving on both
 * sides of the year boundary; held, planned and cancelled activities of every type with
 * attendance marked, counted by hand or both.
 */
export async function generateStatisticsData(t: TestCore, seed: number): Promise<void> {
  const r = seeded(seed)
  const sqlite = t.core.database.sqlite
  const cats = ['11', '12', '21', '22', '31', '41']
  const personIds: string[] = []
  for (let i = 0; i < 60; i++) {
    const birth = `${r.int(1955, 2003)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
    const categories = cats.filter(() => r.next() < 0.25).map((code) => ({ code }))
    const seats = (['npc', 'cppcc'] as const)
      .filter(() => r.next() < 0.2)
      .map((body) => ({
        body,
        level: r.pick(['national', 'province', 'city', 'county', 'township']),
      }))
    const created = await t.ok('persons.create', {
      name: `测试${String.fromCharCode(0x4e00 + i)}`,
      idNumber: r.next() < 0.5 ? validId(birth, String(100 + i)) : null,
      birthDate: birth,
      sex: r.pick(['1', '2', null]),
      team: r.pick(['1', '2', '3', null]),
      politicalStatus: r.pick(['01', '02', '03', '05', '10', '12', '13', null]),
      education: r.pick(['11', '14', '21', '31', '41', '61', null]),
      categories,
      seats,
    })
    const id = created.person.id
    const status = r.pick(['1', '1', '1', '2', '3', '4'])
    const statusDate =
      status === '1' ? null : r.pick(['2025-12-31', '2026-01-01', '2026-06-30', '2024-05-01', null])
    const createdAt = stampAt(
      r.pick([
        '2025-12-31T15:59:59.999Z',
        '2025-12-31T16:00:00.000Z',
        '2026-06-15T03:00:00.000Z',
        '2025-03-01T10:00:00.000Z',
        '2026-12-31T15:59:59.000Z',
        '2026-12-31T16:00:00.000Z',
      ]),
    )
    rewritePerson(sqlite, id, { created_at: createdAt, status, status_date: statusDate })
    if (r.next() < 0.1) await t.ok('persons.delete', { id })
    else personIds.push(id)
  }
  const types = ['01', '02', '05', '06', '09', '10']
  for (let i = 0; i < 30; i++) {
    const type = r.pick(types)
    const start = r.pick(['2025-12-31', '2026-01-01', '2026-01-30', '2026-03-31', '2026-12-31'])
    const status = r.pick(['held', 'held', 'held', 'planned', 'cancelled'] as const)
    const a = await t.ok('activities.create', {
      type,
      title: `活动${i}`,
      status,
      startDate: start,
      endDate: r.next() < 0.3 ? '2027-01-02' : null,
      actualCount: r.next() < 0.3 ? r.int(0, 40) : null,
      beneficiaries: r.next() < 0.5 ? r.int(0, 500) : null,
      donationFen: r.next() < 0.5 ? r.int(0, 5_000_000) : null,
      goodsFen: r.next() < 0.3 ? r.int(0, 900_000) : null,
      volunteerHours: r.next() < 0.4 ? r.int(0, 80) / 2 : null,
      ...(type === '06'
        ? {
            trainingDays: r.int(1, 10) / 2,
            trainingLevel: r.pick(['central', 'province', 'city', 'county', null]),
          }
        : {}),
    })
    const who = personIds.filter(() => r.next() < 0.15)
    if (who.length && status !== 'cancelled') {
      await t.ok('participants.add', { activityId: a.id, personIds: who })
      await t.ok('participants.markBySeq', { activityId: a.id, text: `1-${r.int(1, who.length)}` })
    }
    if (r.next() < 0.1) await t.ok('activities.delete', { id: a.id })
  }
}
