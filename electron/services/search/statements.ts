import type BetterSqlite3 from 'better-sqlite3'

/** Search statements, compiled once per connection: preparing costs more than running them. */
const SQL = {
  nameExact: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND name = ? LIMIT ?',
  namePrefix: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND name > ? AND name < ? LIMIT ?',
  initialsExact: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND name_initials = ? LIMIT ?',
  initialsPrefix:
    'SELECT rid FROM persons WHERE deleted_at IS NULL AND name_initials > ? AND name_initials < ? LIMIT ?',
  pinyinExact: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND name_py = ? LIMIT ?',
  pinyinPrefix:
    'SELECT rid FROM persons WHERE deleted_at IS NULL AND name_py > ? AND name_py < ? LIMIT ?',
  phoneExact: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND phone_rev = ? LIMIT ?',
  phoneTail:
    'SELECT rid FROM persons WHERE deleted_at IS NULL AND phone_rev > ? AND phone_rev < ? LIMIT ?',
  idExact: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND id_rev = ? LIMIT ?',
  idTail: 'SELECT rid FROM persons WHERE deleted_at IS NULL AND id_rev > ? AND id_rev < ? LIMIT ?',
  // The FTS tables only ever hold live persons.
  chars: 'SELECT rowid FROM person_fts_chars WHERE person_fts_chars MATCH ? LIMIT ?',
  trigram: 'SELECT rowid FROM person_fts_tri WHERE person_fts_tri MATCH ? LIMIT ?',
} as const

export type SearchStatements = {
  [K in keyof typeof SQL]: BetterSqlite3.Statement<unknown[], number>
}

const cache = new WeakMap<BetterSqlite3.Database, SearchStatements>()

export function searchStatements(sqlite: BetterSqlite3.Database): SearchStatements {
  let s = cache.get(sqlite)
  if (!s) {
    s = Object.fromEntries(
      Object.entries(SQL).map(([k, sql]) => [
        k,
        sqlite.prepare(sql).pluck() as BetterSqlite3.Statement<unknown[], number>,
      ]),
    ) as SearchStatements
    cache.set(sqlite, s)
  }
  return s
}
