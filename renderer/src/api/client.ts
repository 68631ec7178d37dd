import type { EventName, Events, Input, Method, Output } from '../../../shared/contract'
import type { ApiError } from '../../../shared/contract/result'
import { pickTransport, type Transport } from './transport'

/** A failed call, carrying the code and the Chinese message for the user. */
export class ApiCallError extends Error {
  readonly code: ApiError['code']
  readonly issues: ApiError['issues']
  constructor(error: ApiError) {
    super(error.message)
    this.code = error.code
    this.issues = error.issues
  }
}

let transport: Transport | null = null
const current = () => (transport ??= pickTransport())

/** Tests hand in a fake transport; the app picks its own. */
export function setTransport(t: Transport | null): void {
  transport = t
}

/** Codes that mean the screen in front of the user no longer matches the session. */
const SESSION_LOST_CODES: ReadonlySet<ApiError['code']> = new Set(['NOT_SIGNED_IN', 'LOCKED'])
const sessionLostListeners = new Set<(method: Method, code: ApiError['code']) => void>()

/**
 * Called whenever a procedure fails because the session is gone or locked (idle lock on the
 * core's side, another window signed out), so the app can show the screen that fits.
 */
export function onSessionLost(cb: (method: Method, code: ApiError['code']) => void): () => void {
  sessionLostListeners.add(cb)
  return () => sessionLostListeners.delete(cb)
}

/** Typed call of a contract procedure; resolves to its value or throws ApiCallError. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await current().invoke(method, input)
  if (!result.ok) {
    if (SESSION_LOST_CODES.has(result.error.code)) {
      for (const cb of sessionLostListeners) cb(method, result.error.code)
    }
    throw new ApiCallError(result.error)
  }
  return result.value as Output<M>
}

export function onEvent<E extends EventName>(
  event: E,
  cb: (payload: Events[E]) => void,
): () => void {
  return current().on(event, (p) => cb(p as Events[E]))
}
