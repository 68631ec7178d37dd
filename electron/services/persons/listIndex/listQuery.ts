import { CATEGORIES } from '../../../../shared/codes/categories'
import { categoryBit, codeNumber, type IndexColumns, SEAT_BIT } from './columns'
import type { Interner } from './interner'
import { UNKNOWN_BIRTH } from './keys'
import { TIER_PREFIX, type MatchGroups } from '../../search/matchPersons'
import type { IndexSort, PersonListIndex } from './listIndex'
import type { QualityCheck } from '../../../../shared/contract/statistics'
import { recordedStampRange, staleStampBefore } from '../../statistics/stampRanges'

export interface ListFilter {
  categories?: string[] | undefined
  teams?: string[] | undefined
  talentLevels?: string[] | undefined
  townships?: string[] | undefined
  communities?: string[] | undefined
  statuses?: string[] | undefined
  politicalStatuses?: string[] | undefined
  sexes?: string[] | undefined
  ageMin?: number | undefined
  ageMax?: number | undefined
  seat?: 'npc' | 'cppcc' | 'any' | undefined
  isDemo?: boolean | undefined
  recordedFrom?: string | undefined
  recordedTo?: string | undefined
  quality?: QualityCheck | undefined
  /** Units by 行政区划代码; absent or empty: every unit's persons (本单位及下级). */
  units?: string[] | undefined
  /** The same units as site ids, which the index holds (see resolveListFilter). */
  siteIds?: string[] | undefined
  /** Only these persons (a quality check answered from the table, see resolveListFilter). */
  onlyRids?: ReadonlySet<number> | undefined
}

export interface ListRequest {
  filter: ListFilter
  /** Today as YYYY-MM-DD, for ages. */
  today: string
  /** Search results by tier (0 best), repeats allowed. Absent: no text query. */
  matches?: MatchGroups | undefined
  sort: IndexSort | 'relevance'
  desc: boolean
  offset: number
  limit: number
  /** How a page by relevance is found; tests set it to compare them (see pageOfMatches). */
  strategy?: RelevanceStrategy
}

export interface ListAnswer {
  total: number
  rids: number[]
}

const NO_MATCH = 255

/** A filter on a national-code column as a lookup table by code number; null: no filter. */
function allowedCodes(codes: string[] | undefined): Uint8Array | null {
  if (!codes || codes.length === 0) return null
  const table = new Uint8Array(100)
  for (const code of codes) {
    const n = codeNumber(code)
    if (n > 0) table[n] = 1
  }
  return table
}

/** A dictionary-code filter as a lookup table over interned ids; null means "no filter". */
export function allowed(
  interner: Interner,
  codes: readonly string[] | undefined,
): Uint8Array | null {
  if (!codes || codes.length === 0) return null
  const table = new Uint8Array(interner.size)
  for (const code of codes) {
    const id = interner.existing(code)
    if (id !== undefined) table[id] = 1
  }
  return table
}

function categoryMask(codes: string[] | undefined): number {
  let mask = 0
  for (const code of codes ?? []) {
    if (code.length === 1)
      for (const c of CATEGORIES) mask |= c.group === code ? categoryBit(c.code) : 0
    else mask |= categoryBit(code)
  }
  return mask
}

/** Birth-date bounds (as YYYYMMDD numbers, inclusive) for ageMin ≤ age < ageMax. */
function birthBounds(today: string, ageMin?: number, ageMax?: number): [number, number] | null {
  if (ageMin === undefined && ageMax === undefined) return null
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const md = m * 100 + d
  // Born on or before this day of year (y − ageMin): at least ageMin today.
  const hi = ageMin !== undefined ? (y - ageMin) * 10000 + md : UNKNOWN_BIRTH - 1
  // Born after this day of year (y − ageMax): younger than ageMax.
  const lo = ageMax !== undefined ? (y - ageMax) * 10000 + md + 1 : 1
  return [lo, hi]
}

/**
 * Up to this many matches of a search, its page is found by sorting the matches: walking the
 * name order once per tier visits a million slots in random order when the matches are few
 * (a 1-character search in one county of a province: a tenth of a second per page).
 */
const SORT_MATCHES_UP_TO = 20_000
/**
 * Above that, a page ending within this many rows is picked from the matches, keeping the
 * best `end` so far: a common character matches 40,000 names of a million, and page one
 * needs 50 of them, not all sorted or a walk through half the name order to reach its tier.
 */
const PICK_MATCHES_UP_TO = 1_000

/** sort: every match sorted; pick: the best rows kept while scanning; walk: the name order. */
export type RelevanceStrategy = 'sort' | 'pick' | 'walk'

/** By tier, then name order (key, rid): how a search's matches are ranked. */
function matchOrder(c: IndexColumns, tiers: Uint8Array): (a: number, b: number) => number {
  const name = c.name
  const rid = c.rid
  return (a, b) => {
    if (tiers[a] !== tiers[b]) return tiers[a]! - tiers[b]!
    const ka = name[a]!
    const kb = name[b]!
    return ka < kb ? -1 : ka > kb ? 1 : rid[a]! - rid[b]!
  }
}

/** The best slots among `matched` still in the mask, from `offset` to `end`: sorted or picked. */
function pageOfMatches(
  c: IndexColumns,
  m: Uint8Array,
  tiers: Uint8Array,
  matched: Int32Array,
  span: { offset: number; end: number; pick: boolean },
): number[] {
  const order = matchOrder(c, tiers)
  const { offset, end } = span
  const best: number[] = []
  for (let i = 0; i < matched.length; i++) {
    const s = matched[i]!
    if (m[s] !== 1) continue
    if (!span.pick) {
      best.push(s)
      continue
    }
    // Kept sorted and at most `end` long: few of tens of thousands ever get in.
    if (best.length === end && order(s, best[end - 1]!) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (order(best[mid]!, s) < 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, s)
    if (best.length > end) best.pop()
  }
  if (!span.pick) best.sort(order)
  return best.slice(offset, end).map((s) => c.rid[s]!)
}

/**
 * Filters, counts and pages the live persons. Each active filter is one tight pass over a
 * typed column that clears a match mask (a few milliseconds per filter at a million rows,
 * far cheaper than one closure testing every filter per row); the total is counted from the
 * mask, then the requested sort order is walked until the page is full.
 */
export function queryList(index: PersonListIndex, req: ListRequest): ListAnswer {
  const c: IndexColumns = index.columns
  const f = req.filter
  const size = c.size
  let m: Uint8Array
  let tiers: Uint8Array | null = null
  /** Each matched slot once: with a search, the count and the page look at these, not all. */
  let matched: Int32Array | null = null
  if (req.matches) {
    // A rid may come more than once (several indexes found it): it keeps its best tier.
    tiers = new Uint8Array(size).fill(NO_MATCH)
    matched = new Int32Array(req.matches.reduce((n, g) => n + g.rids.length, 0))
    let found = 0
    for (const { tier, rids, prefixChar } of req.matches) {
      for (let i = 0; i < rids.length; i++) {
        const slot = c.slotOfRid(rids[i]!)
        if (slot < 0) continue
        const had = tiers[slot]!
        if (had === NO_MATCH) matched[found++] = slot
        const best = c.firstChar[slot] === prefixChar ? Math.min(tier, TIER_PREFIX) : tier
        if (best < had) tiers[slot] = best
      }
    }
    matched = matched.subarray(0, found)
    m = new Uint8Array(size)
    for (let i = 0; i < found; i++) m[matched[i]!] = c.alive[matched[i]!]!
  } else {
    m = c.alive.slice(0, size)
  }
  const byTable = (table: Uint8Array | null, col: Uint8Array | Uint16Array) => {
    if (table) for (let s = 0; s < size; s++) m[s]! &= table[col[s]!]!
  }
  byTable(allowedCodes(f.teams), c.team)
  byTable(allowedCodes(f.talentLevels), c.talent)
  byTable(allowedCodes(f.statuses), c.status)
  byTable(allowedCodes(f.sexes), c.sex)
  byTable(allowed(c.interned.township, f.townships), c.township)
  byTable(allowed(c.interned.community, f.communities), c.community)
  // Asked for units of which none is known here: nobody matches.
  if (f.units?.length && !f.siteIds?.length) m.fill(0)
  byTable(allowed(c.interned.site, f.siteIds), c.site)
  const political = allowedCodes(f.politicalStatuses)
  if (political)
    for (let s = 0; s < size; s++) m[s]! &= political[c.pol1[s]!]! | political[c.pol2[s]!]!
  if (f.categories?.length) {
    const mask = categoryMask(f.categories)
    for (let s = 0; s < size; s++) if ((c.cats[s]! & mask) === 0) m[s] = 0
  }
  const seats = f.seat === 'any' ? SEAT_BIT.npc | SEAT_BIT.cppcc : f.seat ? SEAT_BIT[f.seat] : 0
  if (seats) for (let s = 0; s < size; s++) if ((c.seats[s]! & seats) === 0) m[s] = 0
  const birth = birthBounds(req.today, f.ageMin, f.ageMax)
  if (birth) {
    const [lo, hi] = birth
    for (let s = 0; s < size; s++) if (c.birth[s]! < lo || c.birth[s]! > hi) m[s] = 0
  }
  if (f.recordedFrom || f.recordedTo) {
    const [lo, hi] = recordedStampRange(f.recordedFrom, f.recordedTo)
    for (let s = 0; s < size; s++) if (c.created[s]! < lo || c.created[s]! >= hi) m[s] = 0
  }
  if (f.quality === 'noCategory') for (let s = 0; s < size; s++) if (c.cats[s] !== 0) m[s] = 0
  if (f.quality === 'stale') {
    const before = staleStampBefore(req.today)
    for (let s = 0; s < size; s++) if (c.updated[s]! >= before) m[s] = 0
  }
  if (f.onlyRids) {
    // The few rids become a mask: a set lookup per person cost tens of ms at a million.
    const only = new Uint8Array(size)
    for (const rid of f.onlyRids) {
      const slot = c.slotOfRid(rid)
      if (slot >= 0) only[slot] = 1
    }
    for (let s = 0; s < size; s++) m[s]! &= only[s]!
  } else if (f.quality === 'badIdNumber') {
    // Asked without the rids the table gives: nothing can be said to match.
    m.fill(0)
  }
  if (f.isDemo !== undefined) {
    const want = f.isDemo ? 1 : 0
    for (let s = 0; s < size; s++) if (c.demo[s] !== want) m[s] = 0
  }

  const perTier = [0, 0, 0]
  let total = 0
  if (tiers && matched) {
    for (let i = 0; i < matched.length; i++)
      if (m[matched[i]!] === 1) perTier[tiers[matched[i]!]!]!++
    total = perTier[0]! + perTier[1]! + perTier[2]!
  } else {
    for (let s = 0; s < size; s++) total += m[s]!
  }

  const sortKey: IndexSort = req.sort === 'relevance' ? 'name' : req.sort
  const order = index.orders[sortKey]
  const seq = order.order
  const n = order.length
  // Unknown birth dates (the tail of the birth order) come last in both directions.
  const known = sortKey === 'birthDate' ? order.firstAtLeast(UNKNOWN_BIRTH) : n
  const at = req.desc ? (i: number) => seq[i < known ? known - 1 - i : i]! : (i: number) => seq[i]!
  const end = req.offset + req.limit
  const page: number[] = []

  if (req.sort === 'relevance' && tiers && matched && !req.desc) {
    const strategy =
      req.strategy ??
      (total <= SORT_MATCHES_UP_TO ? 'sort' : end <= PICK_MATCHES_UP_TO ? 'pick' : 'walk')
    if (req.offset >= end) return { total, rids: [] }
    if (strategy !== 'walk') {
      const span = { offset: req.offset, end, pick: strategy === 'pick' }
      return { total, rids: pageOfMatches(c, m, tiers, matched, span) }
    }
  }
  if (req.sort === 'relevance' && tiers) {
    // Best tier first, each tier in name order.
    let before = 0
    for (let t = 0; t < 3 && page.length < req.limit; t++) {
      if (before + perTier[t]! > req.offset) {
        let k = before
        for (let i = 0; i < n && k < end; i++) {
          const s = at(i)
          if (m[s] === 0 || tiers[s] !== t) continue
          if (k >= req.offset) page.push(c.rid[s]!)
          k++
        }
      }
      before += perTier[t]!
    }
    return { total, rids: page }
  }
  if (req.offset < total) {
    let k = 0
    for (let i = 0; i < n && k < end; i++) {
      const s = at(i)
      if (m[s] === 0) continue
      if (k >= req.offset) page.push(c.rid[s]!)
      k++
    }
  }
  return { total, rids: page }
}
