import { AppError } from './appError'
import type { HandlerContext } from './context'
import type { SessionSlot } from './session'

/**
 * What a long procedure (contract `long`) gets from the dispatcher instead of holding the
 * call queue for its whole run. Reading a file and deciding its rows take minutes on a large
 * or hostile file; every other call (the status poll, a colleague's search, the cancel button)
 * must still answer meanwhile. The work runs beside the queue and queues only its database
 * steps, each as one turn: no other call's statements interleave with a turn, and a turn
 * never sees another call's transaction half done.
 */
export interface LongWork {
  /** Aborted by `work.cancel`: the work stops at its next turn, having written nothing. */
  readonly signal: AbortSignal
  /** Runs `step` as one turn of the call queue. */
  turn<T>(step: () => T | Promise<T>): Promise<T>
  /**
   * A turn that runs even once cancelled: for the audit row saying how work written by its
   * handler (not through `commit`) ended — a cancelled export is still recorded.
   */
  record<T>(step: () => T): Promise<T>
  /**
   * Audited long work writes here, once: `write` runs as one turn, inside one transaction
   * that also holds the call's audit row — all or nothing, as a queued audited call. Within
   * it, turns run at once (the queue is already ours).
   */
  commit<T>(write: (ctx: HandlerContext) => Promise<T>): Promise<T>
}

/**
 * The call's long work; outside the long path (a service called directly, already in its
 * turn) one whose steps run at once.
 */
export function longWorkOf(ctx: HandlerContext): LongWork {
  return ctx.work ?? immediateTurns(ctx)
}

/** Long work already inside its turn: steps run at once. */
export function immediateTurns(ctx: HandlerContext, signal?: AbortSignal): LongWork {
  const stop = signal ?? new AbortController().signal
  return {
    signal: stop,
    turn: async (step) => {
      throwIfCancelled(stop)
      return step()
    },
    record: async (step) => step(),
    commit: (write) => write(ctx),
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('CANCELLED')
}

/** How many cancels of jobs not yet started are remembered; ids are random, this is plenty. */
const EARLY_CANCELS_KEPT = 64

/** The long work running now, by the job id its caller gave; cancelled only from the same session. */
export class RunningJobs {
  private readonly jobs = new Map<string, { slot: SessionSlot; controller: AbortController }>()
  /**
   * A cancel can overtake its own call: the page names the job before sending a large file,
   * and the user may press 取消 while the file is still on its way. The work then starts
   * already stopped instead of running to the end unasked.
   */
  private readonly earlyCancels = new Map<string, SessionSlot>()

  /** Registers a job; `finish` forgets it. Without an id it simply cannot be cancelled. */
  start(slot: SessionSlot, jobId: string | undefined): { signal: AbortSignal; finish(): void } {
    const job = { slot, controller: new AbortController() }
    if (jobId !== undefined) {
      if (this.jobs.has(jobId)) throw new AppError('CONFLICT')
      this.jobs.set(jobId, job)
      if (this.earlyCancels.get(jobId) === slot) job.controller.abort()
      this.earlyCancels.delete(jobId)
    }
    return {
      signal: job.controller.signal,
      finish: () => {
        if (jobId !== undefined && this.jobs.get(jobId) === job) this.jobs.delete(jobId)
      },
    }
  }

  /** True when a running job was told to stop; an id not running yet stops as it starts. */
  cancel(slot: SessionSlot, jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job) {
      this.earlyCancels.delete(jobId)
      this.earlyCancels.set(jobId, slot)
      if (this.earlyCancels.size > EARLY_CANCELS_KEPT)
        this.earlyCancels.delete(this.earlyCancels.keys().next().value as string)
      return false
    }
    if (job.slot !== slot) return false
    job.controller.abort()
    return true
  }
}
