import { readFileSync, writeFileSync } from 'node:fs'

export interface RssReport {
  sampledPeakMb: number
  peakPhase: string
  peakParts: string
  /** Each phase's highest sample, and the high-water mark it raised, in the order run. */
  byPhase: { phase: string; sampledPeakMb: number; maxRssMb: number | null; parts: string }[]
  maxRssMb: number
  /** The phase in which the process's high-water mark reached maxRssMb. */
  maxRssPhase: string
  /** Whether byPhase's maxRssMb is each phase's own peak (else: where the process's rose). */
  perPhaseMarks: boolean
}

/**
 * The process's resident memory: sampled on a timer and at every phase boundary (bulk
 * writes are synchronous and starve the timer), and the kernel's own high-water mark, which
 * also covers what happened between samples. On Linux the mark is reset at each phase's start
 * (/proc/self/clear_refs, 5) and read at its end (VmHWM): each phase's true peak, named even
 * when no sample caught it. Elsewhere the process's maxRSS is read at every sample and each
 * rise of it laid to the phase it happened in.
 */
export class RssMonitor {
  private peak = 0
  private peakPhase = ''
  /** What the highest sample was made of (partsOf). */
  private peakParts = ''
  /** Each phase's highest sample, in the order the phases ran: the overall peak hides the rest. */
  private phasePeaks = new Map<string, { mb: number; parts: string }>()
  /** Each phase's high-water mark, MiB: its own (Linux), or the process's where it rose. */
  private marks = new Map<string, number>()
  /** Whether the kernel's mark is reset per phase (Linux), so `marks` are each phase's own. */
  private perPhase = false
  private maxRss = 0
  private timer: NodeJS.Timeout | null = null
  private current = 'start'
  samples = 0

  /** The phase running now: the peak is reported with the phase it happened in. */
  get phase(): string {
    return this.current
  }

  /** A sample first, and the phase's mark taken: what it raised is laid to it, not the next. */
  set phase(name: string) {
    this.sample()
    this.closePhase()
    this.current = name
  }

  start(everyMs = 50): void {
    this.perPhase = resetHighWater()
    this.sample()
    this.timer = setInterval(() => this.sample(), everyMs)
    this.timer.unref()
  }

  sample(): void {
    this.samples++
    if (!this.perPhase) {
      // KiB.
      const maxRss = process.resourceUsage().maxRSS * 1024
      if (maxRss > this.maxRss) {
        this.maxRss = maxRss
        this.marks.set(this.current, maxRss / 2 ** 20)
      }
    }
    const rss = process.memoryUsage.rss()
    const mb = rss / 2 ** 20
    const phasePeak = this.phasePeaks.get(this.current)
    if (phasePeak && phasePeak.mb >= mb) return
    const parts = partsOf(rss)
    this.phasePeaks.set(this.current, { mb, parts })
    if (rss > this.peak) {
      this.peak = rss
      this.peakPhase = this.current
      this.peakParts = parts
    }
  }

  /** The ending phase's own high-water mark, then the mark reset for the next (Linux). */
  private closePhase(): void {
    if (!this.perPhase) return
    const hwm = highWater()
    if (hwm === null) return
    this.marks.set(this.current, Math.max(this.marks.get(this.current) ?? 0, hwm / 2 ** 20))
    this.maxRss = Math.max(this.maxRss, hwm)
    this.perPhase = resetHighWater()
  }

  stop(): RssReport {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sample()
    const perPhase = this.perPhase
    this.closePhase()
    const marks = [...this.marks]
    // The first phase to reach the peak: the next one starts from what it left resident.
    const top = Math.max(0, ...marks.map(([, mb]) => mb))
    const highest = marks.find(([, mb]) => mb >= top - 1) ?? ['', 0]
    return {
      sampledPeakMb: this.peak / 2 ** 20,
      peakPhase: this.peakPhase,
      peakParts: this.peakParts,
      byPhase: [...this.phasePeaks].map(([phase, p]) => ({
        phase,
        sampledPeakMb: p.mb,
        maxRssMb: this.marks.get(phase) ?? null,
        parts: p.parts,
      })),
      // A reset mark may leave the process's maxRSS below a phase's: the larger of the two.
      maxRssMb: Math.max(this.maxRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
      maxRssPhase: highest[0] || this.current,
      perPhaseMarks: perPhase,
    }
  }
}

/** VmHWM, bytes: the kernel's high-water mark of resident memory since its last reset. */
function highWater(): number | null {
  try {
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    return kib ? Number(kib) * 1024 : null
  } catch {
    return null
  }
}

/** Resets the high-water mark to the resident memory now (Linux 4.0+); false where it cannot. */
function resetHighWater(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return highWater() !== null
  } catch {
    return false
  }
}

/**
 * The V8 heap, buffers outside it, other memory V8 is told of outside its heap (large strings
 * made by Buffer#toString, such as a package's base64, are external), and the rest (SQLite,
 * code, worker threads' heaps).
 */
function partsOf(rss: number): string {
  const m = process.memoryUsage()
  const mb = (n: number) => Math.round(n / 2 ** 20)
  const otherExternal = m.external - m.arrayBuffers
  return `V8 heap ${mb(m.heapTotal)} MB (${mb(m.heapUsed)} used), buffers ${mb(m.arrayBuffers)} MB, other external ${mb(otherExternal)} MB, the rest ${mb(rss - m.heapTotal - m.external)} MB`
}
