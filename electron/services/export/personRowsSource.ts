import type BetterSqlite3 from 'better-sqlite3'
import { columnOf } from '../../../db/repos/personRows'
import type { PersonExportColumn } from '../../../shared/contract/exports'
import type { PersonScalars } from '../../../shared/persons/types'
import type { ExportPerson } from './personColumns'
import { ridOrder } from './ridOrder'

const CHUNK = 1000
/**
 * Persons read in rid order before any of them is written, at most this many at a time.
 * The list comes in name order, which scatters its rows over the whole persons table: read
 * a thousand at a time in that order, 100k persons of a province's million touched a page
 * per person (every one decrypted and its HMAC checked, as the page cache holds a sixth of
 * the table), where read in rid order each leaf page holding any of them is read once:
 * 65.6k of the 102k (scripts/bench/README.md, "Scale", round 6). Held as each row's raw
 * values of the columns shown: 85 MB of V8 heap for a full window with the default columns
 * (measured at a city), given back window by window.
 */
export const READ_WINDOW = 100_000
const IN_LIST = 'IN (SELECT value FROM json_each(?))'

type Values = unknown[]

/**
 * The persons of an export, in the order given, read in windows (READ_WINDOW): each window's
 * rows read in rid order, a thousand at a time with statements compiled once and only the
 * columns the export shows, then handed out in the order given, a thousand at a time (not
 * one promise turn per person). Each chunk is read in one `turn` of the call queue (long
 * work), so other calls answer between chunks; `onChunk` hears how far it is, in persons
 * (each counts half when read, whole when handed out). A person gone between chunks
 * (deleted meanwhile) is left out, and so is a rid repeated in a window after its first place
 * (a list from the list index never repeats one).
 */
export async function* exportPersons(
  sqlite: BetterSqlite3.Database,
  rids: readonly number[],
  columns: readonly PersonExportColumn[],
  turn: <T>(step: () => T) => Promise<T>,
  onChunk: (read: number) => void = () => undefined,
  window = READ_WINDOW,
): AsyncGenerator<ExportPerson[]> {
  const scalarKeys = columns.filter(
    (c) => c !== 'categories' && c !== 'tags',
  ) as (keyof PersonScalars)[]
  const persons = sqlite
    .prepare(
      `SELECT ${['rid', 'site_id', ...scalarKeys.map(columnOf)].join(', ')} FROM persons WHERE rid ${IN_LIST}`,
    )
    .raw()
  const categories = columns.includes('categories')
    ? sqlite
        .prepare(
          `SELECT person_rid, code, detail FROM person_categories WHERE person_rid ${IN_LIST} ORDER BY person_rid, code`,
        )
        .raw()
    : null
  const tags = columns.includes('tags')
    ? sqlite
        .prepare(
          `SELECT person_rid, tag FROM person_tags WHERE person_rid ${IN_LIST} ORDER BY person_rid, tag`,
        )
        .raw()
    : null

  // A person is half done once read and done once handed out: the bar moves through both.
  let read = 0
  let handed = 0
  const progress = () => onChunk(Math.floor((read + handed) / 2))
  for (let from = 0; from < rids.length; from += window) {
    const listed = rids.slice(from, from + window)
    const { sorted, placeOf } = ridOrder(listed)
    // By place in rid order: arrays, not a map of objects per person (the window's 100k
    // were ~0.5 s of CPU and garbage at a province beside ~1.2 s of the rows' own read).
    const values: (Values | undefined)[] = new Array<Values | undefined>(sorted.length)
    const children: (ExportPerson['categories'] | undefined)[] = new Array(sorted.length)
    const tagged: (string[] | undefined)[] = new Array(sorted.length)
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const chunk = sorted.subarray(i, i + CHUNK)
      await turn(() => {
        const list = JSON.stringify(Array.from(chunk))
        for (const row of persons.all(list) as Values[]) {
          const place = firstPlace(sorted, i, chunk, row[0] as number)
          if (place >= 0) values[place] = row
        }
        for (const [rid, code, detail] of (categories?.all(list) ?? []) as [
          number,
          string,
          string | null,
        ][]) {
          const place = firstPlace(sorted, i, chunk, rid)
          if (place >= 0) (children[place] ??= []).push({ code, detail })
        }
        for (const [rid, tag] of (tags?.all(list) ?? []) as [number, string][]) {
          const place = firstPlace(sorted, i, chunk, rid)
          if (place >= 0) (tagged[place] ??= []).push(tag)
        }
      })
      read += chunk.length
      progress()
    }
    for (let i = 0; i < listed.length; i += CHUNK) {
      const batch: ExportPerson[] = []
      const end = Math.min(i + CHUNK, listed.length)
      for (let at = i; at < end; at++) {
        const place = placeOf[at]!
        const row = values[place]
        // Not read (gone meanwhile), or a later place of a rid listed twice: rows went to
        // each rid's first place.
        if (!row) continue
        values[place] = undefined
        const scalars: Partial<Record<keyof PersonScalars, unknown>> = {}
        for (let k = 0; k < scalarKeys.length; k++) scalars[scalarKeys[k]!] = row[k + 2]
        batch.push({
          siteId: row[1] as string,
          scalars: scalars as Partial<PersonScalars>,
          categories: children[place] ?? [],
          tags: tagged[place] ?? [],
        })
      }
      handed += end - i
      progress()
      yield batch
    }
  }
}

/**
 * The place in the window of `rid`'s row, read in the chunk of `sorted` starting at `from`:
 * its first place in the chunk (a binary search), or -1 when the chunk before already held
 * it (a rid listed twice across the chunks' edge: its row goes to the first place only).
 */
function firstPlace(sorted: Int32Array, from: number, chunk: Int32Array, rid: number): number {
  let lo = 0
  let hi = chunk.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (chunk[mid]! < rid) lo = mid + 1
    else hi = mid
  }
  return lo === 0 && from > 0 && sorted[from - 1] === rid ? -1 : from + lo
}
