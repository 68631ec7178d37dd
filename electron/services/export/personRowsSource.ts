import type BetterSqlite3 from 'better-sqlite3'
import { columnOf } from '../../../db/repos/personRows'
import type { PersonExportColumn } from '../../../shared/contract/exports'
import type { PersonScalars } from '../../../shared/persons/types'
import type { ExportPerson } from './personColumns'

const CHUNK = 1000
const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/**
 * The persons of an export, in the order given, read a thousand at a time with statements
 * compiled once, and only the columns the export shows: the export holds one chunk in
 * memory, never the whole list. Each chunk is read in one `turn` of the call queue (long
 * work), so other calls answer between chunks; `onChunk` hears how many are read.
 */
export async function* exportPersons(
  sqlite: BetterSqlite3.Database,
  rids: readonly number[],
  columns: readonly PersonExportColumn[],
  turn: <T>(step: () => T) => Promise<T>,
  onChunk: (read: number) => void = () => undefined,
): AsyncGenerator<ExportPerson> {
  const scalarKeys = columns.filter(
    (c) => c !== 'categories' && c !== 'tags',
  ) as (keyof PersonScalars)[]
  const sqlColumns = [
    'rid',
    'site_id AS siteId',
    ...scalarKeys.map((k) => `${columnOf(k)} AS ${k}`),
  ]
  const persons = sqlite.prepare(
    `SELECT ${sqlColumns.join(', ')} FROM persons WHERE rid ${IN_LIST}`,
  )
  const categories = columns.includes('categories')
    ? sqlite
        .prepare(
          `SELECT person_rid, code, detail FROM person_categories WHERE person_rid ${IN_LIST} ORDER BY code`,
        )
        .raw()
    : null
  const tags = columns.includes('tags')
    ? sqlite
        .prepare(`SELECT person_rid, tag FROM person_tags WHERE person_rid ${IN_LIST} ORDER BY tag`)
        .raw()
    : null
  const readChunk = (chunk: readonly number[]): ExportPerson[] => {
    const list = JSON.stringify(chunk)
    const byRid = new Map<number, ExportPerson>()
    for (const { rid, siteId, ...scalars } of persons.all(list) as ({
      rid: number
      siteId: string
    } & Partial<PersonScalars>)[]) {
      byRid.set(rid, { siteId, scalars, categories: [], tags: [] })
    }
    for (const [rid, code, detail] of (categories?.all(list) ?? []) as [
      number,
      string,
      string | null,
    ][]) {
      byRid.get(rid)?.categories.push({ code, detail })
    }
    for (const [rid, tag] of (tags?.all(list) ?? []) as [number, string][])
      byRid.get(rid)?.tags.push(tag)
    return chunk.flatMap((rid) => byRid.get(rid) ?? [])
  }
  for (let i = 0; i < rids.length; i += CHUNK) {
    const chunk = rids.slice(i, i + CHUNK)
    yield* await turn(() => readChunk(chunk))
    onChunk(i + chunk.length)
  }
}
