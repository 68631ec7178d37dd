import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HeapReturn } from '../../electron/core/heapReturn'
import { memoryReducingCollection } from '../../electron/services/memoryReducingCollection'

const MB = 2 ** 20

function setUp(growthMb = 128) {
  let resident = 100 * MB
  const collect = vi.fn(() => {
    resident = 150 * MB
  })
  const heap = new HeapReturn({
    growthBytes: growthMb * MB,
    idleMs: 2_000,
    residentBytes: () => resident,
    collect,
  })
  /** A call that leaves the process `mb` larger. */
  const call = (mb: number) => {
    heap.callStarted()
    resident += mb * MB
    heap.callEnded()
  }
  return { heap, collect, call }
}

describe('HeapReturn: the pages a large call left, given back once the app is idle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs one memory-reducing collection after a call that grew the process, once idle', () => {
    const { collect, call } = setUp()
    call(400)
    vi.advanceTimersByTime(1_999)
    expect(collect).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(collect).toHaveBeenCalledTimes(1)
    // What stays after it is the new base: the next small call does not run another.
    call(10)
    vi.advanceTimersByTime(10_000)
    expect(collect).toHaveBeenCalledTimes(1)
  })

  it('leaves a process that grew less alone', () => {
    const { collect, call } = setUp()
    call(100)
    vi.advanceTimersByTime(10_000)
    expect(collect).not.toHaveBeenCalled()
  })

  it('never collects while a call is in flight, and waits for the last one to end', () => {
    const { heap, collect, call } = setUp()
    call(300)
    vi.advanceTimersByTime(1_000)
    heap.callStarted() // the next call comes in: the user is not idle
    vi.advanceTimersByTime(10_000)
    expect(collect).not.toHaveBeenCalled()
    heap.callEnded()
    vi.advanceTimersByTime(2_000)
    expect(collect).toHaveBeenCalledTimes(1)
  })

  it('runs nothing after close', () => {
    const { heap, collect, call } = setUp()
    call(300)
    heap.close()
    vi.advanceTimersByTime(10_000)
    expect(collect).not.toHaveBeenCalled()
  })

  it.runIf(process.platform === 'linux')(
    "V8's memory-reducing collection gives back the pages a collection pooled",
    () => {
      vi.useRealTimers()
      const collect = memoryReducingCollection()
      expect(collect).toBeTypeOf('function')
      const rss = () => process.memoryUsage.rss()
      // ~300 MB of objects that live until the next collection, then only as pooled pages.
      let garbage: { i: number; s: string }[] | null = []
      for (let i = 0; i < 4e6; i++) garbage.push({ i, s: `x${i}` })
      const full = rss()
      garbage = null
      collect!()
      expect(full - rss()).toBeGreaterThan(150 * MB)
    },
  )
})
