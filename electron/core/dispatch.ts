import type { z } from 'zod'
import { contract, isMethod, type Method } from '../../shared/contract'
import type { ApiResult } from '../../shared/contract/result'
import { roleAllows } from '../../shared/contract/roles'
import { issueMessage } from '../../shared/i18n'
import { errorMessages } from '../../shared/i18n/errors'
import { mayViewFullDetails, maskForViewer } from '../../shared/privacy/viewerView'
import { AppError } from './appError'
import type { AuditNote, HandlerContext } from './context'
import type { HandlerMap } from './handlerTypes'
import { immediateTurns, throwIfCancelled, type LongWork } from './longWork'
import type { SessionSlot } from './session'

export interface DispatchDeps {
  handlers: HandlerMap
  /** Builds a context for one call on one connection. */
  context(slot: SessionSlot, note: (n: AuditNote) => void): HandlerContext
  /** Runs as each call comes in, before it waits for its turn. */
  beforeCall?(): void
  /** Runs once each call has answered, its transaction over. */
  afterCall?(): void
  idleLockMs(): number
}

/** Procedures a user with a freshly reset password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<Method>(['auth.changePassword'])

/**
 * The one gate every shell goes through: parse, check the session and role, run the
 * handler (in a transaction with its audit row when it writes), answer a result.
 * Calls are serialized: one connection, one writer, and no interleaved transactions. Long
 * work (contract `long`) takes turns in that queue instead of holding it (longWork.ts).
 */
export function createDispatcher(deps: DispatchDeps) {
  let queue: Promise<unknown> = Promise.resolve()

  function enqueue<T>(step: () => T | Promise<T>): Promise<T> {
    const next = queue.then(step)
    queue = next.catch(() => undefined)
    return next
  }

  async function run(
    slot: SessionSlot,
    method: string,
    rawInput: unknown,
  ): Promise<ApiResult<unknown>> {
    if (!isMethod(method)) return fail(new AppError('UNKNOWN_METHOD'))
    const proc = contract[method]
    const parsed = (proc.input as z.ZodType).safeParse(rawInput ?? {})
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: issueMessage(i as Parameters<typeof issueMessage>[0]),
      }))
      return fail(new AppError('BAD_INPUT', issues.map((i) => i.message).join('；'), issues))
    }

    let note: AuditNote = {}
    const ctx = deps.context(slot, (n) => (note = { ...note, ...n }))
    const session = slot.get()
    const now = ctx.clock.nowMs()
    if (session && !session.locked && now - session.lastActivity > deps.idleLockMs()) {
      session.locked = true
      ctx.emit('session.changed', { reason: 'locked' })
    }

    const denied = accessProblem(proc.access, method, slot)
    if (denied) {
      if (denied.code === 'FORBIDDEN' && session) {
        ctx.audit({
          action: method,
          object_type: null,
          object_id: null,
          result: 'denied',
          user: session,
        })
      }
      return fail(denied)
    }
    if (session && method !== 'system.status') session.lastActivity = now

    const handler = deps.handlers[method] as (c: HandlerContext, i: unknown) => unknown
    if ((proc as { long?: boolean }).long) {
      return runLong(slot, method, proc, ctx, () => note, handler, parsed.data)
    }
    try {
      if (!proc.audited) return { ok: true, value: shownTo(slot, await handler(ctx, parsed.data)) }
      const value = await ctx.db.transaction().execute(async (trx) => {
        const v = await handler({ ...ctx, db: trx }, parsed.data)
        ctx.audit({ action: method, ...auditObject(note), result: 'ok', user: slot.get() })
        return v
      })
      return { ok: true, value: shownTo(slot, value) }
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError('INTERNAL')
      if (!(e instanceof AppError)) ctx.log.error(`${method} failed`, e)
      if (proc.audited) {
        ctx.audit({
          action: method,
          ...auditObject(note),
          result: 'failed',
          detail: failureDetail(note, err),
          user: slot.get(),
        })
      }
      return fail(err)
    }
  }

  /**
   * A long call: the handler runs beside the queue with a LongWork. Its audit rows, like its
   * database steps, are written in turns: an audit row appended while another call's
   * transaction is open would join that transaction.
   */
  async function runLong(
    slot: SessionSlot,
    method: Method,
    proc: { access: string; audited: boolean },
    ctx: HandlerContext,
    note: () => AuditNote,
    handler: (c: HandlerContext, i: unknown) => unknown,
    input: unknown,
  ): Promise<ApiResult<unknown>> {
    let job: ReturnType<HandlerContext['jobs']['start']>
    try {
      job = ctx.jobs.start(slot, (input as { jobId?: string }).jobId)
    } catch (e) {
      return fail(e as AppError)
    }
    let committed = false
    const work: LongWork = {
      signal: job.signal,
      turn: (step) =>
        enqueue(() => {
          throwIfCancelled(job.signal)
          // Work under way is the user's activity: the screen does not lock under it.
          const session = slot.get()
          if (session) session.lastActivity = ctx.clock.nowMs()
          return step()
        }),
      record: (step) => enqueue(step),
      commit: (write) =>
        enqueue(async () => {
          throwIfCancelled(job.signal)
          // Signed out or locked since the work began: nothing is written in their name.
          const denied = accessProblem(proc.access, method, slot)
          if (denied) throw denied
          return ctx.db.transaction().execute(async (trx) => {
            const inside: HandlerContext = { ...ctx, db: trx }
            const v = await write({ ...inside, work: immediateTurns(inside, job.signal) })
            if (proc.audited) {
              ctx.audit({ action: method, ...auditObject(note()), result: 'ok', user: slot.get() })
            }
            committed = true
            return v
          })
        }),
    }
    try {
      const value = await handler({ ...ctx, work }, input)
      if (proc.audited && !committed) throw new Error(`${method} wrote nothing through commit`)
      return { ok: true, value: shownTo(slot, value) }
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError('INTERNAL')
      if (!(e instanceof AppError)) ctx.log.error(`${method} failed`, e)
      if (proc.audited) {
        const entry = { action: method, ...auditObject(note()), result: 'failed' as const }
        await enqueue(() =>
          ctx.audit({ ...entry, detail: failureDetail(note(), err), user: slot.get() }),
        )
      }
      return fail(err)
    } finally {
      job.finish()
    }
  }

  return function dispatch(
    slot: SessionSlot,
    method: string,
    input: unknown,
  ): Promise<ApiResult<unknown>> {
    // A detached procedure (a print job waiting on its dialog) must not hold the queue: the
    // print window it opens calls back in before it returns.
    // Long work queues its own steps (runLong).
    const proc = isMethod(method)
      ? (contract[method] as { detached?: boolean; long?: boolean })
      : null
    deps.beforeCall?.()
    const answer =
      proc?.detached || proc?.long
        ? run(slot, method, input)
        : enqueue(() => run(slot, method, input))
    return deps.afterCall ? answer.finally(deps.afterCall) : answer
  }
}

/** Every answer to a user without 查看完整信息 is masked as a whole, whatever procedure made it. */
function shownTo(slot: SessionSlot, value: unknown): unknown {
  const session = slot.get()
  return session && !mayViewFullDetails(session.role) ? maskForViewer(value) : value
}

/** Why this slot may not call `method` now, or null: the gate, shared with shell-side actions. */
export function accessProblem(access: string, method: Method, slot: SessionSlot): AppError | null {
  if (access === 'public') return null
  const s = slot.get()
  if (!s) return new AppError('NOT_SIGNED_IN')
  if (access === 'session') return null
  if (s.locked) return new AppError('LOCKED')
  if (s.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(method)) {
    return new AppError('FORBIDDEN', '请先修改密码')
  }
  if (!roleAllows(s.role, access as 'viewer' | 'operator' | 'admin')) {
    return new AppError('FORBIDDEN', errorMessages.FORBIDDEN)
  }
  return null
}

function auditObject(note: AuditNote) {
  return {
    object_type: note.objectType ?? null,
    object_id: note.objectId ?? null,
    detail: note.detail ?? null,
  }
}

/** A refusal's audit row says what was asked (the handler's note) and why it was refused. */
function failureDetail(note: AuditNote, err: AppError): string {
  return note.detail ? `${note.detail}：${err.message}` : err.message
}

function fail(err: AppError): ApiResult<never> {
  return { ok: false, error: err.toApiError() }
}
