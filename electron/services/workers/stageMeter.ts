import { existsSync, statSync } from 'node:fs'
import type { Events } from '../../../shared/contract'

/** How often a growing file is looked at: often enough for a bar, rare enough to cost nothing. */
const POLL_MS = 200

/** A file's size now; 0 while it does not exist yet. */
export function sizeOf(path: string): number {
  try {
    return existsSync(path) ? statSync(path).size : 0
  } catch {
    return 0
  }
}

/**
 * Progress of file work done in steps, each with its share of the bar (`spans`, percent
 * from–to). A step that can say how far it is gets a `growth` (0–1, usually a file's size
 * against what it will be), looked at while the step runs: a worker blocked in one SQLite
 * statement cannot tell. A step without one sits at its start. Never goes back; 100 only
 * at `finish`.
 */
export class StageMeter<S extends string> {
  private stage: S | null = null
  private percent = -1
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly spans: Record<S, readonly [number, number]>,
    private readonly report: (stage: S, percent: number) => void,
    private readonly growth: Partial<Record<S, () => number>> = {},
  ) {}

  enter(stage: S): void {
    const [before, next] = [this.percent, this.stage !== stage]
    this.stage = stage
    this.show(0)
    // A step that starts where the last one ended (a snapshot grown to its full size, at the
    // check's first percent) is still told: the screen names the step under way.
    if (next && this.percent === before) this.report(stage, this.percent)
    const grows = this.growth[stage]
    if (!grows) return this.stop()
    this.timer ??= setInterval(() => {
      const now = this.stage && this.growth[this.stage]
      if (now) this.show(now())
    }, POLL_MS)
    this.timer.unref()
  }

  /** The part of the current step done, 0–1. */
  show(fraction: number): void {
    if (this.stage === null) return
    const [from, to] = this.spans[this.stage]
    const percent = Math.floor(from + (to - from) * Math.min(1, Math.max(0, fraction)))
    if (percent <= this.percent) return
    this.percent = percent
    this.report(this.stage, percent)
  }

  finish(last: S): void {
    this.stop()
    this.percent = 100
    this.report(last, 100)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

/** A step's progress as the screens receive it: percent of the whole, the step by name. */
export function stageProgress(task: string, stage: string, percent: number): Events['progress'] {
  return { task, done: percent, total: 100, part: { name: stage, done: percent, total: 100 } }
}
