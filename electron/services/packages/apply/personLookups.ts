import type BetterSqlite3 from 'better-sqlite3'

/** Rows looked up per query: two queries per chunk instead of two per person. */
export const LOOKUP_CHUNK = 500

export interface HeldPerson {
  rid: number
  site_id: string
  updated_at: string
  deleted_at: string | null
}

export interface ChunkFacts {
  /**
   * This database's row of each id of the chunk, before the chunk is written; none when the
   * apply began with no person row (an id seen earlier in the package: `find`).
   */
  existing: Map<string, HeldPerson>
  /** For each ID number of the chunk, the first live person of another unit that holds it. */
  elsewhere: Map<string, { code: string | null; name: string | null }>
}

/** Groups of `size` from `rows`, in order. */
export function* chunked<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = []
  for (const row of rows) {
    chunk.push(row)
    if (chunk.length === size) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length) yield chunk
}

/**
 * What an apply must know of the persons already here, a chunk of package rows at a time:
 * a query per row was a fifth of applying a county's register. Only that unit's rows are
 * written meanwhile, so what other units hold cannot change between the lookup and the row.
 */
export function heldRows(sqlite: BetterSqlite3.Database, single: string | null) {
  const byIds = sqlite.prepare(
    `SELECT id, rid, site_id, updated_at, deleted_at FROM persons
      WHERE id IN (SELECT value FROM json_each(?))`,
  )
  const one = sqlite.prepare(
    'SELECT rid, site_id, updated_at, deleted_at FROM persons WHERE id = ?',
  )
  // Index order (ID number, rid): the same first holder a per-row LIMIT 1 finds.
  const holders = sqlite.prepare(
    `SELECT p.id_number AS idNumber, u.code, u.name FROM persons p
       LEFT JOIN units u ON u.id = p.site_id
      WHERE p.id_number IN (SELECT value FROM json_each(?)) AND p.site_id <> ?
        AND p.deleted_at IS NULL
      ORDER BY p.id_number, p.rid`,
  )
  // A unit's own package writes only that unit's rows: when no other unit holds a live
  // person now, none can hold one of its ID numbers during the apply either.
  const othersHold =
    single === null ||
    Boolean(
      sqlite
        .prepare('SELECT EXISTS (SELECT 1 FROM persons WHERE site_id <> ? AND deleted_at IS NULL)')
        .pluck()
        .get(single),
    )
  // No person row at all, tombstones included: every row found later is one this apply wrote,
  // which the caller looks up one by one (`find`) for an id it has seen. A new city's first
  // package then skips a lookup of every id it brings (0.1 s at 100k persons).
  const noneHeld = !sqlite.prepare('SELECT EXISTS (SELECT 1 FROM persons)').pluck().get()
  return {
    find: (id: string) => one.get(id) as HeldPerson | undefined,
    /** `siteId`: the unit whose rows these are; its own holders are not "elsewhere". */
    lookUp(chunk: readonly Record<string, unknown>[], siteId: string): ChunkFacts {
      const existing = new Map<string, HeldPerson>()
      const ids = noneHeld ? [] : chunk.map((r) => String(r.id))
      if (ids.length) {
        for (const r of byIds.all(JSON.stringify(ids)) as (HeldPerson & { id: string })[]) {
          existing.set(r.id, r)
        }
      }
      const numbers = chunk.flatMap((r) => {
        const n = (r.fields as { idNumber?: unknown } | null | undefined)?.idNumber
        return typeof n === 'string' && n ? [n] : []
      })
      const elsewhere: ChunkFacts['elsewhere'] = new Map()
      if (numbers.length && othersHold) {
        const found = holders.all(JSON.stringify(numbers), siteId) as {
          idNumber: string
          code: string | null
          name: string | null
        }[]
        for (const h of found) {
          if (!elsewhere.has(h.idNumber)) elsewhere.set(h.idNumber, { code: h.code, name: h.name })
        }
      }
      return { existing, elsewhere }
    },
  }
}
