import type BetterSqlite3 from 'better-sqlite3'

/** A registered person's searchable texts: what the search figures type in. */
export interface SampledPerson {
  name: string
  name_py: string
  name_initials: string
  phone: string
  id_number: string
}

/** `n` live persons spread over the whole table, without ORDER BY random() over a million rows. */
export function samplePersons(sqlite: BetterSqlite3.Database, n: number): SampledPerson[] {
  const max = sqlite.prepare('SELECT max(rid) FROM persons').pluck().get() as number
  const stmt = sqlite.prepare(
    `SELECT name, name_py, name_initials, phone, id_number FROM persons
      WHERE rid >= ? AND deleted_at IS NULL LIMIT 1`,
  )
  const out: SampledPerson[] = []
  for (let i = 0; i < n; i++) {
    const p = stmt.get(1 + Math.floor(((i * 7919) % n) * (max / n))) as SampledPerson | undefined
    if (p) out.push(p)
  }
  return out
}

/** A name's characters (a rare name may hold characters outside the BMP). */
export const charsOf = (p: SampledPerson) => [...p.name]
