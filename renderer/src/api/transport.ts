import type { ApiResult } from '../../../shared/contract/result'
import type { XinlianBridge } from '../../../shared/contract/bridge'
import { HTTP_API_PREFIX } from '../../../shared/contract/transport'
import { webShell as text } from '../../../shared/i18n/webShell'
import { eventHub } from './eventStream'
import { credentialHeaders, forgetPageCredential, pageCredential } from './pageCredential'

declare global {
  interface Window {
    api?: XinlianBridge
  }
}

export type Transport = XinlianBridge

/** Local web shell: POST /api/<method> carrying the page credential in a header. */
export function httpTransport(base = ''): Transport {
  const events = eventHub(base)
  return {
    async invoke(method, input) {
      try {
        const credential = await pageCredential(base)
        const res = await fetch(`${base}${HTTP_API_PREFIX}${method}`, {
          method: 'POST',
          headers: credentialHeaders(credential),
          credentials: 'omit',
          body: JSON.stringify(input ?? {}),
        })
        if (res.status === 401) {
          forgetPageCredential(credential)
          return { ok: false, error: { code: 'NOT_SIGNED_IN', message: text.credentialLost } }
        }
        return (await res.json()) as ApiResult<unknown>
      } catch {
        return { ok: false, error: { code: 'IO_ERROR', message: text.unreachable } }
      }
    },
    on(event, callback) {
      if (typeof fetch === 'undefined') return () => undefined
      return events.on(event, callback as (payload: unknown) => void)
    },
  }
}

/** The desktop app's preload bridge when present, the web shell otherwise. */
export function pickTransport(): Transport {
  return typeof window !== 'undefined' && window.api ? window.api : httpTransport()
}
