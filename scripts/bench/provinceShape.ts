import type BetterSqlite3 from 'better-sqlite3'
import { randomUUID } from 'node:crypto'

/** What the upper-office figures run on: a province whose rows came up from its counties. */
export interface ProvinceShape {
  cities: { id: string; code: string }[]
  counties: { id: string; code: string; cityCode: string }[]
  periods: string[]
}

const STAMP = '2026-01-01T00:00:00.000Z'
const PROVINCE = { code: '330000', name: '浙江省委统战部' }
/** The states a county's period can be in; every seventh never reported (未报送). */
/** Rows a statement of handRowsTo changes. */
const HAND_SLICE = 20_000
const STATES = ['received', 'reviewed', 'receivedWithWarnings', 'returned', 'received'] as const

/**
 * A package received from a unit below, as the apply leaves its record (no file kept):
 * (id, sender id, code, name, receiver code, name, period, created, counts, status at,
 * applied at, applied counts).
 */
function receivedPackage(sqlite: BetterSqlite3.Database): BetterSqlite3.Statement {
  return sqlite.prepare(
    `INSERT INTO packages (id, direction, sender_unit_id, sender_code, sender_name, receiver_code,
       receiver_name, kind, period, from_seq, to_seq, schema_version, encrypted, file_name,
       file_sha256, file_bytes, created_at, created_by, counts, report, status, status_at,
       applied_at, applied_counts)
     VALUES (?, 'received', ?, ?, ?, ?, ?, 'full', ?, 0, 0, 1, 1, 'bench.xlp', '', 0, ?, 'bench',
       ?, '{}', 'received', ?, ?, ?)`,
  )
}

/**
 * Gives every person (with its child rows' owner left as it was: the lists read the
 * person's), activity, participant, suggestion and organization to one of `sites`, by rowid.
 */
function handRowsTo(sqlite: BetterSqlite3.Database, sites: readonly string[]): void {
  sqlite.exec('CREATE TEMP TABLE bench_sites (k INTEGER PRIMARY KEY, id TEXT NOT NULL)')
  const site = sqlite.prepare('INSERT INTO bench_sites (k, id) VALUES (?, ?)')
  sites.forEach((id, k) => site.run(k, id))
  for (const [table, key] of [
    ['persons', 'rid'],
    ['activities', 'rowid'],
    ['suggestions', 'rowid'],
    ['organizations', 'rowid'],
  ] as const) {
    const last = sqlite.prepare(`SELECT coalesce(max(${key}), 0) FROM ${table}`).pluck().get()
    const update = sqlite.prepare(
      `UPDATE ${table} SET site_id = (SELECT id FROM bench_sites WHERE k = ${table}.${key} % ${sites.length})
       WHERE ${key} > ? AND ${key} <= ?`,
    )
    // In slices: one statement over a million persons kept the original of every page it
    // changed in its statement journal, in memory on a keyed connection (~200 MB), which the
    // allocator then held for the rest of the process (README, "Whole-run memory (s30)").
    for (let from = 0; from < (last as number); from += HAND_SLICE)
      update.run(from, from + HAND_SLICE)
  }
  sqlite.exec('DROP TABLE bench_sites')
}

/**
 * Turns the bench register into the province's copy of the app, as relays would leave it:
 * this unit becomes the province, `cities` cities sit below it with `countiesPerCity`
 * counties each, and every person, activity, suggestion and organization now belongs to one
 * of the counties (by rid). Each city relayed a package per period, carrying its counties'
 * packages (relayed_packages), so the 上报情况 board has units × periods to show. Plain SQL
 * in one transaction, before anything reads the list index: nothing here is a user's edit.
 */
export function shapeAsProvince(
  sqlite: BetterSqlite3.Database,
  opts: { cities: number; countiesPerCity: number; years: number[] },
): ProvinceShape {
  const periods = opts.years.map((y) => `${y}年度`)
  const cities = Array.from({ length: opts.cities }, (_, i) => ({
    id: randomUUID(),
    code: `33${String(i + 1).padStart(2, '0')}00`,
  }))
  const counties = cities.flatMap((city) =>
    Array.from({ length: opts.countiesPerCity }, (_, j) => ({
      id: randomUUID(),
      code: `${city.code.slice(0, 4)}${String(j + 1).padStart(2, '0')}`,
      cityCode: city.code,
      cityId: city.id,
    })),
  )
  const unit = sqlite.prepare(
    `INSERT INTO units (id, site_id, created_at, updated_at, code, name, level, is_self, relation, via_unit_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  )
  const received = receivedPackage(sqlite)
  const relayed = sqlite.prepare(
    `INSERT INTO relayed_packages (id, relay_package_id, via_unit_id, sender_unit_id, sender_code,
       sender_name, kind, period, created_at, applied_at, status, status_reason, status_at, counts,
       applied_counts, file_sha256, signature_verified, received_at)
     VALUES (?, ?, ?, ?, ?, ?, 'full', ?, ?, ?, ?, ?, ?, ?, ?, '', 1, ?)`,
  )
  const persons = Math.ceil(
    (sqlite.prepare('SELECT count(*) FROM persons').pluck().get() as number) / counties.length,
  )
  const counts = (rows: number) => JSON.stringify([{ table: 'persons', rows, deleted: 0 }])
  const applied = (rows: number) =>
    JSON.stringify({ persons: { inserted: rows, updated: 0, deleted: 0 } })
  sqlite.transaction(() => {
    sqlite
      .prepare("UPDATE units SET code = ?, name = ?, level = 'province' WHERE is_self = 1")
      .run(PROVINCE.code, PROVINCE.name)
    cities.forEach((c, i) =>
      unit.run(c.id, c.id, STAMP, STAMP, c.code, `第${i + 1}市委统战部`, 'city', 'lower', null),
    )
    counties.forEach((c, i) =>
      unit.run(
        c.id,
        c.id,
        STAMP,
        STAMP,
        c.code,
        `第${i + 1}县委统战部`,
        'county',
        'relayed',
        c.cityId,
      ),
    )
    handRowsTo(
      sqlite,
      counties.map((c) => c.id),
    )
    periods.forEach((period, p) => {
      const at = `${opts.years[p]! + 1}-01-${String(10 + (p % 15)).padStart(2, '0')}T08:00:00.000Z`
      for (const city of cities) {
        const relayId = randomUUID()
        const mine = counties.filter((c) => c.cityCode === city.code)
        received.run(
          relayId,
          city.id,
          city.code,
          city.code,
          PROVINCE.code,
          PROVINCE.name,
          period,
          at,
          counts(persons * mine.length),
          at,
          at,
          applied(persons * mine.length),
        )
        mine.forEach((county, k) => {
          if ((k + p) % 7 === 6) return
          const state = STATES[(k + p) % STATES.length]!
          relayed.run(
            randomUUID(),
            relayId,
            city.id,
            county.id,
            county.code,
            county.code,
            period,
            at,
            at,
            state,
            state === 'returned' ? '数据不全' : null,
            at,
            counts(persons),
            applied(persons),
            at,
          )
        })
      }
    })
  })()
  return {
    cities: cities.map(({ id, code }) => ({ id, code })),
    counties: counties.map(({ id, code, cityCode }) => ({ id, code, cityCode })),
    periods,
  }
}

/**
 * Turns the bench register into a city whose rows came from `counties` counties below it,
 * each of which sent one package of `period`: what a relay to the province carries. Demo
 * persons stay home in a package, so these stand for real ones.
 */
export function shapeAsCity(
  sqlite: BetterSqlite3.Database,
  opts: { counties: number; period: string },
): { code: string; counties: string[] } {
  const city = { code: '330600', name: '示例市委统战部' }
  const counties = Array.from({ length: opts.counties }, (_, i) => ({
    id: randomUUID(),
    code: `3306${String(i + 1).padStart(2, '0')}`,
  }))
  const unit = sqlite.prepare(
    `INSERT INTO units (id, site_id, created_at, updated_at, code, name, level, is_self, relation)
     VALUES (?, ?, ?, ?, ?, ?, 'county', 0, 'lower')`,
  )
  const received = receivedPackage(sqlite)
  sqlite.transaction(() => {
    sqlite
      .prepare("UPDATE units SET code = ?, name = ?, level = 'city' WHERE is_self = 1")
      .run(city.code, city.name)
    counties.forEach((c, i) => {
      unit.run(c.id, c.id, STAMP, STAMP, c.code, `第${i + 1}县委统战部`)
      received.run(
        randomUUID(),
        c.id,
        c.code,
        c.code,
        city.code,
        city.name,
        opts.period,
        STAMP,
        '[]',
        STAMP,
        STAMP,
        '{}',
      )
    })
    handRowsTo(
      sqlite,
      counties.map((c) => c.id),
    )
    sqlite.exec('UPDATE persons SET is_demo = 0')
  })()
  return { code: city.code, counties: counties.map((c) => c.code) }
}
