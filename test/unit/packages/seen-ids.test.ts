import { describe, expect, it } from 'vitest'
import { SeenIds } from '../../../electron/services/packages/apply/seenIds'

describe('SeenIds: the ids an apply has read, as hashes', () => {
  it('never says "not seen" of an id it was given, through its growth', () => {
    const seen = new SeenIds()
    const ids = Array.from({ length: 50_000 }, (_, i) => `0193a5f2-7c1e-7${i}-8000-${i * 7919}`)
    let maybeBefore = 0
    for (const id of ids) if (seen.add(id)) maybeBefore++
    // Distinct ids: a "maybe" is a collision of 32-bit hashes, at most a handful here.
    expect(maybeBefore).toBeLessThan(5)
    for (const id of ids) expect(seen.add(id)).toBe(true)
  })

  it('an id read twice in a row, Chinese and empty ones alike', () => {
    const seen = new SeenIds()
    for (const id of ['', '张三', 'a', '张三', '', 'a']) seen.add(id)
    expect(['', '张三', 'a'].map((id) => seen.add(id))).toEqual([true, true, true])
    expect(seen.add('李四')).toBe(false)
  })
})
