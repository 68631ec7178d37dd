import type BetterSqlite3 from 'better-sqlite3'
import {
  duplicateRecords,
  liveMarks,
  type DuplicateRecord,
  type StoredMark,
} from '../../../db/repos/crossUnitDuplicates'
import type {
  CrossUnitMark,
  CrossUnitPage,
  CrossUnitPair,
  CrossUnitSide,
} from '../../../shared/contract/crossUnit'
import { maskIdNumber } from '../../../shared/privacy/mask'
import { hlcToIso } from './stamps'

export const pairKey = (a: string, b: string) => `${a}|${b}`

/** The two person ids of a pair in the order marks store them. */
export function orderedPair(x: string, y: string): { a: string; b: string } {
  return x < y ? { a: x, b: y } : { a: y, b: x }
}

function side(r: DuplicateRecord, selfId: string): CrossUnitSide {
  return {
    personId: r.id,
    name: r.name,
    unitCode: r.unit_code ?? '',
    unitName: r.unit_name ?? '',
    employer: r.employer,
    updatedAt: hlcToIso(r.updated_at),
    ownedHere: r.site_id === selfId,
  }
}

function markOf(m: StoredMark, selfId: string): CrossUnitMark {
  return {
    verdict: m.verdict,
    note: m.note,
    markedAt: hlcToIso(m.updated_at),
    unitCode: m.unit_code ?? '',
    unitName: m.unit_name ?? '',
    ownMark: m.site_id === selfId,
  }
}

/**
 * Every pair of live records of different units sharing an ID number, with the newest
 * verdict any unit gave it. Three units holding one number make three pairs: each can be a
 * move or a mistake of its own.
 */
export function crossUnitPairs(sqlite: BetterSqlite3.Database, selfId: string): CrossUnitPair[] {
  const marks = new Map<string, StoredMark>()
  for (const m of liveMarks(sqlite)) {
    const key = pairKey(m.person_a, m.person_b)
    // This unit's own verdict wins over one that came up from below.
    const held = marks.get(key)
    if (!held || (m.site_id === selfId && held.site_id !== selfId)) marks.set(key, m)
  }
  const records = duplicateRecords(sqlite)
  const pairs: CrossUnitPair[] = []
  for (let start = 0; start < records.length;) {
    let end = start
    while (end < records.length && records[end]!.id_number === records[start]!.id_number) end++
    const group = records.slice(start, end)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!]
        if (x.site_id === y.site_id) continue
        // Ordered by id already (the query's ORDER BY): x is the pair's `a`.
        const mark = marks.get(pairKey(x.id, y.id))
        pairs.push({
          idNumber: maskIdNumber(x.id_number),
          a: side(x, selfId),
          b: side(y, selfId),
          // HLC stamps sort in causal order as text.
          lastTouched: y.updated_at > x.updated_at ? 'b' : 'a',
          mark: mark ? markOf(mark, selfId) : null,
        })
      }
    start = end
  }
  return pairs
}

export function crossUnitPage(
  pairs: CrossUnitPair[],
  q: { state: 'open' | 'marked' | 'all'; offset: number; limit: number },
): CrossUnitPage {
  const marked = pairs.filter((p) => p.mark).length
  const chosen =
    q.state === 'all' ? pairs : pairs.filter((p) => (q.state === 'marked') === (p.mark !== null))
  return {
    pairs: chosen.slice(q.offset, q.offset + q.limit),
    total: chosen.length,
    open: pairs.length - marked,
    marked,
  }
}
