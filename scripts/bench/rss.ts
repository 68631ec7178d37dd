/**
 * The process's resident memory: sampled on a timer and at every phase boundary (bulk
 * writes are synchronous and starve the timer), and the kernel's own high-water mark
 * (resourceUsage().maxRSS), which also covers what happened between samples.
 */
export class RssMonitor {
  private peak = 0
  private peakPhase = ''
  /** At the highest sample: the V8 heap, buffers outside it, and the rest (SQLite, code). */
  private peakParts = ''
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
    if (rss > this.peak) {
      this.peak = rss
      this.peakPhase = this.phase
      const m = process.memoryUsage()
      const mb = (n: number) => Math.round(n / 2 ** 20)
      this.peakParts = `V8 heap ${mb(m.heapTotal)} MB (${mb(m.heapUsed)} used), buffers ${mb(m.arrayBuffers)} MB, the rest ${mb(rss - m.heapTotal - m.arrayBuffers)} MB`
    }
  }

  stop(): { sampledPeakMb: number; peakPhase: string; peakParts: string; maxRssMb: number } {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sample()
    return {
      sampledPeakMb: this.peak / 2 ** 20,
      peakPhase: this.peakPhase,
      peakParts: this.peakParts,
      // maxRSS is in KiB.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }
  }
}
