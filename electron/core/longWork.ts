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

/** The long work running now, by the job id its caller gave; cancelled only from the same session. */
export class RunningJobs {
  private readonly jobs = new Map<string, { slot: SessionSlot; controller: AbortController }>()

  /** Registers a job; `finish` forgets it. Without an id it simply cannot be cancelled. */
  start(slot: SessionSlot, jobId: string | undefined): { signal: AbortSignal; finish(): void } {
    const job = { slot, controller: new AbortController() }
    if (jobId !== undefined) {
      if (this.jobs.has(jobId)) throw new AppError('CONFLICT')
      this.jobs.set(jobId, job)
    }
    return {
      signal: job.controller.signal,
      finish: () => {
        if (jobId !== undefined && this.jobs.get(jobId) === job) this.jobs.delete(jobId)
      },
    }
  }

  cancel(slot: SessionSlot, jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job || job.slot !== slot) return false
    job.controller.abort()
    return true
  }
}
