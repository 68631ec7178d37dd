import type BetterSqlite3 from 'better-sqlite3'
import { Random } from '../../electron/services/demo/random'
import { uuidv7Batch } from '../../electron/services/demo/uuidBatch'
import { BUILT_IN_ACTIVITY_TYPES } from '../../shared/i18n/activities'
import { formatHlc } from '../../shared/time/hlc'

export interface ActivitySeed {
  count: number
  participants: number
  siteId: string
  seed: number
  /** Activities fall in this year and the two before it. */
  year: number
}

/**
 * Activities with participants for the per-month statistics: a plain bulk insert (no change
 * log, no audit), spread over three years, mostly held, with most participants present.
 */
export function seedActivities(sqlite: BetterSqlite3.Database, s: ActivitySeed): number {
  const rnd = new Random(s.seed)
  const newId = uuidv7Batch()
  const personIds = sqlite
    .prepare('SELECT id FROM persons WHERE deleted_at IS NULL ORDER BY rid')
    .pluck()
    .all() as string[]
  const activity = sqlite.prepare(
    `INSERT INTO activities (id, site_id, created_at, updated_at, type, title, status, start_date, actual_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const participant = sqlite.prepare(
    `INSERT INTO participants (id, site_id, created_at, updated_at, activity_id, person_id, seq, attendance)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // An HLC stamp, as every travelling row carries: the activity list reads it back.
  const stamp = formatHlc({ ms: Date.now(), counter: 0 })
  sqlite.transaction(() => {
    for (let i = 0; i < s.count; i++) {
      const id = newId(Date.now())
      const type = rnd.pick(BUILT_IN_ACTIVITY_TYPES)
      const year = s.year - rnd.int(0, 2)
      const date = `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`
      const roll = rnd.next()
      const status = roll < 0.85 ? 'held' : roll < 0.95 ? 'planned' : 'cancelled'
      const n = Math.min(
        personIds.length,
        rnd.int(Math.ceil(s.participants / 2), s.participants * 2),
      )
      activity.run(
        id,
        s.siteId,
        stamp,
        stamp,
        type.code,
        `${type.name}活动${i + 1}`,
        status,
        date,
        n,
      )
      // A run of distinct persons from a random start: distinct without a set per activity.
      const start = rnd.int(0, personIds.length - 1)
      for (let k = 0; k < n; k++) {
        const attendance = status !== 'held' ? 'registered' : rnd.chance(0.9) ? 'present' : 'absent'
        const person = personIds[(start + k) % personIds.length]!
        participant.run(newId(Date.now()), s.siteId, stamp, stamp, id, person, k + 1, attendance)
      }
    }
  })()
  return s.count
}
