import type BetterSqlite3 from 'better-sqlite3'

/** What the 建言献策台账 import reads of the register and of the suggestions already kept. */

const IN_LIST = 'IN (SELECT value FROM json_each(?))'

export interface NamedPerson {
  id: string
  name: string
  employer: string | null
}

/** Live register persons bearing any of these names, by name. */
export function personsNamed(
  sqlite: BetterSqlite3.Database,
  names: readonly string[],
): Map<string, NamedPerson[]> {
  const rows = sqlite
    .prepare(
      `SELECT id, name, employer FROM persons
       WHERE name ${IN_LIST} AND deleted_at IS NULL AND purged_at IS NULL ORDER BY name, id`,
    )
    .all(JSON.stringify([...new Set(names)])) as NamedPerson[]
  const out = new Map<string, NamedPerson[]>()
  for (const r of rows) out.set(r.name, [...(out.get(r.name) ?? []), r])
  return out
}

export interface StoredLedgerKey {
  id: string
  title: string
  submittedOn: string
  firstSubmitter: string | null
}

/** Live suggestions submitted on any of these dates, with their first submitter's name. */
export function suggestionsOnDates(
  sqlite: BetterSqlite3.Database,
  dates: readonly string[],
): StoredLedgerKey[] {
  return sqlite
    .prepare(
      `SELECT s.id, s.title, s.submitted_on AS submittedOn,
         (SELECT m.name FROM suggestion_submitters m
           WHERE m.suggestion_id = s.id AND m.deleted_at IS NULL ORDER BY m.seq LIMIT 1)
           AS firstSubmitter
       FROM suggestions s WHERE s.submitted_on ${IN_LIST} AND s.deleted_at IS NULL`,
    )
    .all(JSON.stringify([...new Set(dates)])) as StoredLedgerKey[]
}
