import type { ApiError, Events, Input, Method, Output } from '../../shared/contract'
import { setTransport } from '../../renderer/src/api/client'

/** What a fake procedure does: answer a value, or throw `fail(...)` to answer an error. */
export type FakeHandlers = {
  [M in Method]?: (input: Input<M>) => Output<M> | Promise<Output<M>>
}

class FakeFailure {
  constructor(readonly error: ApiError) {}
}

/** Makes a fake procedure answer `{ ok: false, error }`. */
export function fail(code: ApiError['code'], message: string, issues?: ApiError['issues']): never {
  throw new FakeFailure({ code, message, ...(issues ? { issues } : {}) })
}

export interface FakeCore {
  /** Every call the renderer made, in order. */
  calls: { method: string; input: unknown }[]
  callsOf<M extends Method>(method: M): Input<M>[]
  /** Replaces or adds procedures while a test runs (the core's state moved on). */
  handle(more: FakeHandlers): void
  emit<E extends keyof Events>(event: E, payload: Events[E]): void
}

/**
 * A typed stand-in for the core behind `window.api`: only the procedures a test names
 * answer; anything else fails loudly as UNKNOWN_METHOD so a test cannot pass by accident.
 */
export function installFakeCore(initial: FakeHandlers): FakeCore {
  let handlers: FakeHandlers = { ...initial }
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const calls: FakeCore['calls'] = []

  setTransport({
    async invoke(method, input) {
      calls.push({ method, input })
      const h = handlers[method as Method] as ((i: unknown) => unknown) | undefined
      if (!h) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `fake: ${method}` } }
      try {
        return { ok: true, value: await h(input) }
      } catch (e) {
        if (e instanceof FakeFailure) return { ok: false, error: e.error }
        throw e
      }
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set()
      set.add(cb)
      listeners.set(event, set)
      return () => set.delete(cb)
    },
  })

  return {
    calls,
    callsOf: <M extends Method>(method: M) =>
      calls.filter((c) => c.method === method).map((c) => c.input as Input<M>),
    handle(more) {
      handlers = { ...handlers, ...more }
    },
    emit(event, payload) {
      for (const cb of listeners.get(event) ?? []) cb(payload)
    },
  }
}
