import type BetterSqlite3 from 'better-sqlite3'
import { rowToScalars } from '../../../db/repos/personRows'
import type { ExportPerson } from './personColumns'

const CHUNK = 1000
const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/**
 * The persons of an export, in the order given, read a thousand at a time with statements
 * compiled once: the export holds one chunk in memory, never the whole list.
 */
export function* exportPersons(
  sqlite: BetterSqlite3.Database,
  rids: readonly number[],
): Generator<ExportPerson> {
  const persons = sqlite.prepare(`SELECT * FROM persons WHERE rid ${IN_LIST}`)
  const categories = sqlite
    .prepare(
      `SELECT person_rid, code, detail FROM person_categories WHERE person_rid ${IN_LIST} ORDER BY code`,
    )
    .raw()
  const tags = sqlite
    .prepare(`SELECT person_rid, tag FROM person_tags WHERE person_rid ${IN_LIST} ORDER BY tag`)
    .raw()
  for (let i = 0; i < rids.length; i += CHUNK) {
    const chunk = rids.slice(i, i + CHUNK)
    const list = JSON.stringify(chunk)
    const byRid = new Map<number, ExportPerson>()
    for (const row of persons.all(list) as Record<string, unknown>[]) {
      byRid.set(row.rid as number, {
        scalars: rowToScalars(row as Parameters<typeof rowToScalars>[0]),
        categories: [],
        tags: [],
      })
    }
    for (const [rid, code, detail] of categories.all(list) as [number, string, string | null][]) {
      byRid.get(rid)?.categories.push({ code, detail })
    }
    for (const [rid, tag] of tags.all(list) as [number, string][]) byRid.get(rid)?.tags.push(tag)
    for (const rid of chunk) {
      const p = byRid.get(rid)
      if (p) yield p
    }
  }
}
