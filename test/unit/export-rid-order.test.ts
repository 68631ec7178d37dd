import { describe, expect, it } from 'vitest'
import { ridOrder } from '../../electron/services/export/ridOrder'

describe('a window of listed rids put in rid order', () => {
  it('sorts the rids and says where each listed one went, a repeated rid first at its earlier place', () => {
    let seed = 17
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (const n of [0, 1, 2, 3, 1000, 4097]) {
      // Rids up to the largest the list index holds, some listed twice.
      const listed = Array.from({ length: n }, (_, i) =>
        i % 7 === 3 ? 2 ** 31 - 1 - (next() % 5) : 1 + (next() % 50_000),
      )
      const { sorted, placeOf } = ridOrder(listed)
      expect(Array.from(sorted)).toEqual([...listed].sort((a, b) => a - b))
      expect(new Set(placeOf).size).toBe(n)
      listed.forEach((rid, i) => expect(sorted[placeOf[i]!]).toBe(rid))
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (listed[i] === listed[j]) expect(placeOf[i]!).toBeLessThan(placeOf[j]!)
    }
  })
})
