import { CATEGORIES } from '../../../../shared/codes/categories'
import {
  EDUCATION_BANDS,
  educationBand,
  SEAT_LEVELS,
} from '../../../../shared/statistics/indicators'
import { Interner } from './interner'
import { pinyinKey, UNKNOWN_BIRTH } from './keys'

/**
 * One live person as the list index reads it: the filter and sort columns only, in this
 * order (raw rows, no objects: a million rows are read at start-up). SQLite computes the
 * numbers, which is cheaper than handing a million strings per column to JavaScript.
 */
export type IndexRow = [
  rid: number,
  /** The national-code columns packed two decimal digits each, see CODE_COLUMNS. */
  codes: number,
  township: string | null,
  community: string | null,
  birth: number,
  namePy: string,
  created: number,
  updated: number,
  isDemo: number,
  /** The day the status last changed as YYYYMMDD, 0 when not recorded (退出 and 迁出 counts). */
  statusDay: number,
  /** The unit that owns the record: this one, or a unit below whose package brought it. */
  site: string,
  /** 学历 (GB/T 4658), held as its report band (educationBand). */
  education: string | null,
  /** The name's first character as a code point: a one-character search ranks by it. */
  firstChar: number,
]

/**
 * Columns holding codes of the fixed national lists (shared/codes), all numeric and below
 * 99 (validated on every write): they travel as one packed integer, two decimal digits
 * each, stored as code + 1 so that 0 can mean "not filled in" while code 0 (未知的性别)
 * stays filterable.
 */
export const CODE_COLUMNS = [
  'team',
  'talent_level',
  'status',
  'sex',
  'political_status',
  'political_status2',
] as const

const packed = CODE_COLUMNS.map(
  (c, i) => `coalesce(CAST(${c} AS INTEGER) + 1, 0) * ${100 ** i}`,
).join(' + ')
// Stamps `<ms:13>-<counter:5>` → ms × 1000 + counter (capped): an integer below 2^53.
const stamp = (col: string) =>
  `CAST(substr(${col}, 1, 13) AS INTEGER) * 1000 + min(CAST(substr(${col}, 15) AS INTEGER), 999)`
// YYYY[-MM[-DD]] → YYYYMMDD with 00 for a missing part; 0 when unknown.
const ymd = (col: string) =>
  `coalesce(CAST(substr(${col}, 1, 4) AS INTEGER) * 10000 + CAST('0' || substr(${col}, 6, 2) AS INTEGER) * 100 + CAST('0' || substr(${col}, 9, 2) AS INTEGER), 0)`

export const INDEX_COLUMNS_SQL = `rid, ${packed}, township, community, ${ymd('birth_date')}, name_py, ${stamp('created_at')}, ${stamp('updated_at')}, is_demo, ${ymd('status_date')}, site_id, education, coalesce(unicode(name), 0)`

/** A code of a CODE_COLUMNS list as the index stores it; 0 for none or a non-numeric code. */
export function codeNumber(code: string | null | undefined): number {
  return code && /^\d{1,2}$/.test(code) ? Math.min(Number(code), 98) + 1 : 0
}

const CATEGORY_BIT = new Map<string, number>(CATEGORIES.map((c, i) => [c.code, 1 << i]))
export const SEAT_BIT = { npc: 1, cppcc: 2 } as const
export type SeatBody = keyof typeof SEAT_BIT

/** A seat of a body at a level as one bit: npc levels first, then cppcc (10 bits). */
export function seatLevelBit(body: SeatBody, level: string | null): number {
  const i = (SEAT_LEVELS as readonly (string | null)[]).indexOf(level)
  return i < 0 ? 0 : 1 << ((body === 'npc' ? 0 : SEAT_LEVELS.length) + i)
}

const EDUCATION_BAND_NUMBER = new Map(EDUCATION_BANDS.map((b, i) => [b, i]))

export function categoryBit(code: string): number {
  return CATEGORY_BIT.get(code) ?? 0
}

/**
 * Columns of the list index, one typed-array entry per slot. A slot holds one person; slots
 * of deleted persons are marked dead and not reused until the next rebuild.
 */
export class IndexColumns {
  capacity: number
  size = 0
  rid: Int32Array
  alive: Uint8Array
  team: Uint8Array
  talent: Uint8Array
  status: Uint8Array
  sex: Uint8Array
  pol1: Uint8Array
  pol2: Uint8Array
  township: Uint16Array
  community: Uint16Array
  site: Uint16Array
  cats: Uint8Array
  /**
   * 1 when the person holds a category code outside CATEGORIES, which `cats` cannot spell:
   * such a person's list row reads its categories from the database (indexedChildren.ts).
   */
  unlistedCats: Uint8Array
  seats: Uint8Array
  /** seatLevelBit of every seat the person holds. */
  seatLevels: Uint16Array
  /** The index in EDUCATION_BANDS of the person's 学历 band. */
  education: Uint8Array
  demo: Uint8Array
  statusDay: Uint32Array
  birth: Float64Array
  name: Float64Array
  created: Float64Array
  updated: Float64Array
  /** The code point of the name's first character. */
  firstChar: Int32Array
  /** rid → slot, -1 when absent. */
  slotOf: Int32Array

  readonly interned = {
    township: new Interner(),
    community: new Interner(),
    site: new Interner(),
  }

  constructor(capacity: number, maxRid: number) {
    this.capacity = Math.max(16, capacity)
    this.rid = new Int32Array(this.capacity)
    this.alive = new Uint8Array(this.capacity)
    this.team = new Uint8Array(this.capacity)
    this.talent = new Uint8Array(this.capacity)
    this.status = new Uint8Array(this.capacity)
    this.sex = new Uint8Array(this.capacity)
    this.pol1 = new Uint8Array(this.capacity)
    this.pol2 = new Uint8Array(this.capacity)
    this.township = new Uint16Array(this.capacity)
    this.community = new Uint16Array(this.capacity)
    this.site = new Uint16Array(this.capacity)
    this.cats = new Uint8Array(this.capacity)
    this.unlistedCats = new Uint8Array(this.capacity)
    this.seats = new Uint8Array(this.capacity)
    this.seatLevels = new Uint16Array(this.capacity)
    this.education = new Uint8Array(this.capacity)
    this.demo = new Uint8Array(this.capacity)
    this.statusDay = new Uint32Array(this.capacity)
    this.birth = new Float64Array(this.capacity)
    this.name = new Float64Array(this.capacity)
    this.created = new Float64Array(this.capacity)
    this.updated = new Float64Array(this.capacity)
    this.firstChar = new Int32Array(this.capacity)
    this.slotOf = new Int32Array(Math.max(16, maxRid + 1)).fill(-1)
  }

  slotOfRid(rid: number): number {
    return rid < this.slotOf.length ? this.slotOf[rid]! : -1
  }

  /** A fresh slot for a rid, growing the arrays when full. */
  allocate(rid: number): number {
    if (this.size === this.capacity) this.grow()
    if (rid >= this.slotOf.length) {
      const grown = new Int32Array(Math.max(rid + 1, this.slotOf.length * 2)).fill(-1)
      grown.set(this.slotOf)
      this.slotOf = grown
    }
    const slot = this.size++
    this.slotOf[rid] = slot
    this.rid[slot] = rid
    return slot
  }

  /** Writes a row's values into its slot (categories and seats are set separately). */
  set(slot: number, row: IndexRow): void {
    this.alive[slot] = 1
    let codes = row[1]
    this.team[slot] = codes % 100
    this.talent[slot] = (codes = Math.floor(codes / 100)) % 100
    this.status[slot] = (codes = Math.floor(codes / 100)) % 100
    this.sex[slot] = (codes = Math.floor(codes / 100)) % 100
    this.pol1[slot] = (codes = Math.floor(codes / 100)) % 100
    this.pol2[slot] = Math.floor(codes / 100) % 100
    this.township[slot] = this.interned.township.id(row[2])
    this.community[slot] = this.interned.community.id(row[3])
    this.birth[slot] = row[4] || UNKNOWN_BIRTH
    this.name[slot] = pinyinKey(row[5])
    this.created[slot] = row[6]
    this.updated[slot] = row[7]
    this.demo[slot] = row[8]
    this.statusDay[slot] = row[9]
    this.site[slot] = this.interned.site.id(row[10])
    this.education[slot] = EDUCATION_BAND_NUMBER.get(educationBand(row[11]))!
    this.firstChar[slot] = row[12]
    this.cats[slot] = 0
    this.unlistedCats[slot] = 0
    this.seats[slot] = 0
    this.seatLevels[slot] = 0
  }

  addCategory(slot: number, code: string): void {
    const bit = categoryBit(code)
    if (bit) this.cats[slot]! |= bit
    else this.unlistedCats[slot] = 1
  }

  kill(slot: number): void {
    this.alive[slot] = 0
    this.slotOf[this.rid[slot]!] = -1
  }

  private grow(): void {
    const cap = this.capacity * 2
    const g = <T extends Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array>(
      a: T,
      make: new (n: number) => T,
    ): T => {
      const b = new make(cap)
      b.set(a)
      return b
    }
    this.rid = g(this.rid, Int32Array)
    this.alive = g(this.alive, Uint8Array)
    this.team = g(this.team, Uint8Array)
    this.talent = g(this.talent, Uint8Array)
    this.status = g(this.status, Uint8Array)
    this.sex = g(this.sex, Uint8Array)
    this.pol1 = g(this.pol1, Uint8Array)
    this.pol2 = g(this.pol2, Uint8Array)
    this.township = g(this.township, Uint16Array)
    this.community = g(this.community, Uint16Array)
    this.site = g(this.site, Uint16Array)
    this.cats = g(this.cats, Uint8Array)
    this.unlistedCats = g(this.unlistedCats, Uint8Array)
    this.seats = g(this.seats, Uint8Array)
    this.seatLevels = g(this.seatLevels, Uint16Array)
    this.education = g(this.education, Uint8Array)
    this.demo = g(this.demo, Uint8Array)
    this.statusDay = g(this.statusDay, Uint32Array)
    this.birth = g(this.birth, Float64Array)
    this.name = g(this.name, Float64Array)
    this.created = g(this.created, Float64Array)
    this.updated = g(this.updated, Float64Array)
    this.firstChar = g(this.firstChar, Int32Array)
    this.capacity = cap
  }
}
