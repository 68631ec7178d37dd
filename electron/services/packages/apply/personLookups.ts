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
  /** This database's row of each id of the chunk, before the chunk is written. */
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
export function heldRows(sqlite: BetterSqlite3.Database) {
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
  return {
    find: (id: string) => one.get(id) as HeldPerson | undefined,
    /** `siteId`: the unit whose rows these are; its own holders are not "elsewhere". */
    lookUp(chunk: readonly Record<string, unknown>[], siteId: string): ChunkFacts {
      const ids = chunk.map((r) => String(r.id))
      const existing = new Map<string, HeldPerson>()
      for (const r of byIds.all(JSON.stringify(ids)) as (HeldPerson & { id: string })[]) {
        existing.set(r.id, r)
      }
      const numbers = chunk.flatMap((r) => {
        const n = (r.fields as { idNumber?: unknown } | null | undefined)?.idNumber
        return typeof n === 'string' && n ? [n] : []
      })
      const elsewhere: ChunkFacts['elsewhere'] = new Map()
      if (numbers.length) {
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
