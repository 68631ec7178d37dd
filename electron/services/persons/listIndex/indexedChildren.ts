import { CATEGORIES } from '../../../../shared/codes/categories'
import { categoryBit, SEAT_BIT, type SeatBody } from './columns'
import type { PersonListIndex } from './listIndex'

/** Category codes with their bits, in the order the list row shows them (the codes' order). */
const CATEGORY_BITS = CATEGORIES.map((c) => [categoryBit(c.code), c.code] as const).sort((a, b) =>
  a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
)

/** Seat bodies with their bits, in the order the list row shows them (bodies descending). */
const SEAT_BITS = (Object.entries(SEAT_BIT) as [SeatBody, number][])
  .map(([body, bit]) => [bit, body] as const)
  .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0))

export interface IndexedChildren {
  categories: Map<number, string[]>
  seats: Map<number, SeatBody[]>
  /** Persons the index cannot answer for: not in it, or holding a code it cannot spell. */
  missing: number[]
}

/**
 * The categories and seat bodies of list rows from the list index, which holds them as bits
 * for its filters. Reading them from person_categories and person_seats cost a search of
 * twenty persons at a province two statements and ~6 b-tree pages not in SQLite's cache,
 * each decrypted and HMAC-checked again in an encrypted file (scripts/bench/README.md, "Data
 * at rest", round 6). The index must be current (currentPersonListIndex).
 */
export function childrenFromIndex(
  index: PersonListIndex,
  rids: readonly number[],
): IndexedChildren {
  const cols = index.columns
  const categories = new Map<number, string[]>()
  const seats = new Map<number, SeatBody[]>()
  const missing: number[] = []
  for (const rid of rids) {
    const slot = cols.slotOfRid(rid)
    if (slot < 0 || cols.unlistedCats[slot]) {
      missing.push(rid)
      continue
    }
    const catBits = cols.cats[slot]!
    if (catBits)
      categories.set(
        rid,
        CATEGORY_BITS.filter(([bit]) => catBits & bit).map(([, c]) => c),
      )
    const seatBits = cols.seats[slot]!
    if (seatBits)
      seats.set(
        rid,
        SEAT_BITS.filter(([bit]) => seatBits & bit).map(([, b]) => b),
      )
  }
  return { categories, seats, missing }
}
