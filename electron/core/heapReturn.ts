import { memoryReducingCollection } from '../services/memoryReducingCollection'

/**
 * V8 keeps the pages a collection frees from its heap (its page pool) resident, for the heap
 * to grow into again; only a memory-reducing collection hands them back to the system. After
 * a call that grew the heap by hundreds of megabytes — a 100k-row import at a province: ~450 MB
 * of heap, ~400 MB of pooled pages once collected — the process went on holding them beside
 * everything the next calls needed (scripts/bench/README.md, "Whole-run memory (s30)").
 *
 * So once a call has left the process `growthBytes` larger (resident) than after the last
 * return — the heap's own size says nothing once its pages are pooled — and no call has run
 * for `idleMs` (the user reads the answer), one such collection runs (~0.1 s at a 74 MB
 * live heap; never inside a call, never while one is in flight). What stays resident after it
 * (page caches, the list index) is the next base: it does not trigger another.
 */
export class HeapReturn {
  private inFlight = 0
  private pending = false
  private timer: NodeJS.Timeout | null = null
  private base: number

  constructor(
    private readonly opts: {
      growthBytes: number
      idleMs: number
      /** The process's resident memory now. */
      residentBytes: () => number
      /** A memory-reducing collection; null where none can be had. */
      collect: (() => void) | null
    },
  ) {
    this.base = opts.residentBytes()
  }

  callStarted(): void {
    this.inFlight++
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  callEnded(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    if (!this.opts.collect) return
    if (this.opts.residentBytes() - this.base >= this.opts.growthBytes) this.pending = true
    if (!this.pending || this.inFlight > 0) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.giveBack(), this.opts.idleMs)
    this.timer.unref()
  }

  /** Nothing more to run (tests). */
  close(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.pending = false
  }

  private giveBack(): void {
    this.timer = null
    if (this.inFlight > 0 || !this.pending) return
    this.pending = false
    this.opts.collect?.()
    this.base = this.opts.residentBytes()
  }
}

let shared: HeapReturn | null = null

/**
 * The process's: its calls, whatever core they go to (the pool is the process's one heap's;
 * a test or the bench may hold several cores), after 128 MB of growth and 2 s without a call.
 */
export function processHeapReturn(): HeapReturn {
  shared ??= new HeapReturn({
    growthBytes: 128 * 2 ** 20,
    idleMs: 2_000,
    residentBytes: () => process.memoryUsage.rss(),
    collect: memoryReducingCollection(),
  })
  return shared
}
