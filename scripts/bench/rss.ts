/**
 * The process's resident memory: sampled on a timer and at every phase boundary (bulk
 * writes are synchronous and starve the timer), and the kernel's own high-water mark
 * (resourceUsage().maxRSS), which also covers what happened between samples.
 */
export class RssMonitor {
  private peak = 0
  private peakPhase = ''
  /** What the highest sample was made of (partsOf). */
  private peakParts = ''
  /** Each phase's highest sample, in the order the phases ran: the overall peak hides the rest. */
  private phasePeaks = new Map<string, { mb: number; parts: string }>()
  private timer: NodeJS.Timeout | null = null
  /** The phase running now: the peak is reported with the phase it happened in. */
  phase = 'start'
  samples = 0

  start(everyMs = 50): void {
    this.sample()
    this.timer = setInterval(() => this.sample(), everyMs)
    this.timer.unref()
  }

  sample(): void {
    this.samples++
    const rss = process.memoryUsage.rss()
    const mb = rss / 2 ** 20
    const phasePeak = this.phasePeaks.get(this.phase)
    if (phasePeak && phasePeak.mb >= mb) return
    const parts = partsOf(rss)
    this.phasePeaks.set(this.phase, { mb, parts })
    if (rss > this.peak) {
      this.peak = rss
      this.peakPhase = this.phase
      this.peakParts = parts
    }
  }

  stop(): {
    sampledPeakMb: number
    peakPhase: string
    peakParts: string
    byPhase: { phase: string; sampledPeakMb: number; parts: string }[]
    maxRssMb: number
  } {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sample()
    return {
      sampledPeakMb: this.peak / 2 ** 20,
      peakPhase: this.peakPhase,
      peakParts: this.peakParts,
      byPhase: [...this.phasePeaks].map(([phase, p]) => ({
        phase,
        sampledPeakMb: p.mb,
        parts: p.parts,
      })),
      // maxRSS is in KiB.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }
  }
}

/** The V8 heap, buffers outside it, and the rest (SQLite, code, worker threads' heaps). */
function partsOf(rss: number): string {
  const m = process.memoryUsage()
  const mb = (n: number) => Math.round(n / 2 ** 20)
  return `V8 heap ${mb(m.heapTotal)} MB (${mb(m.heapUsed)} used), buffers ${mb(m.arrayBuffers)} MB, the rest ${mb(rss - m.heapTotal - m.arrayBuffers)} MB`
}
