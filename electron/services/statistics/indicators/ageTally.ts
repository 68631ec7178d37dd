import { AGE_BANDS, ageBandOf, type AgeBand } from '../../../../shared/statistics/ageBands'
import { UNKNOWN_BIRTH } from '../../persons/listIndex/keys'

/** Whole years between a YYYYMMDD birth (00 for an unknown month or day) and a YYYYMMDD day. */
export function ageAt(day: number, birth: number): number {
  return Math.floor((day - birth) / 10000)
}

/** Ages counted one by one; any other (a birth after the day, a typo) goes the slow way. */
const AGE_SLOTS = 200

/**
 * Ages on one day, tallied per person with an array increment: a string or a map per
 * person made a million persons cost a second. Bands and the sum come from the tally.
 */
export class AgeTally {
  private readonly slots = new Uint32Array(AGE_SLOTS)
  private readonly others: number[] = []
  private readonly day: number
  unknown = 0

  /** `day` as YYYY-MM-DD. */
  constructor(day: string) {
    this.day = Number(day.replaceAll('-', ''))
  }

  add(birth: number): void {
    if (birth === UNKNOWN_BIRTH || birth < 10000000) {
      this.unknown++
      return
    }
    const age = ageAt(this.day, birth)
    if (age >= 0 && age < AGE_SLOTS) this.slots[age]!++
    else this.others.push(age)
  }

  /** Persons per band (unknown birth dates included), and the sum and number of known ages. */
  bands(): { counts: Record<AgeBand, number>; sum: number; known: number } {
    const counts = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>
    counts.unknown = this.unknown
    let sum = 0
    let known = 0
    this.slots.forEach((n, age) => {
      if (!n) return
      counts[ageBandOf(age)] += n
      sum += age * n
      known += n
    })
    for (const age of this.others) {
      counts[ageBandOf(age)]++
      sum += age
      known++
    }
    return { counts, sum, known }
  }
}
