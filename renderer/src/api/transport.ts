import type { ApiResult } from '../../../shared/contract/result'
import type { XinlianBridge } from '../../../shared/contract/bridge'
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH } from '../../../shared/contract/transport'

declare global {
  interface Window {
    api?: XinlianBridge
  }
}

export type Transport = XinlianBridge

/** Local web shell: POST /api/<method>; the per-launch token rides in a same-site cookie. */
export function httpTransport(base = ''): Transport {
  return {
    async invoke(method, input) {
      try {
        const res = await fetch(`${base}${HTTP_API_PREFIX}${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        })
        if (res.status === 401) {
          return {
            ok: false,
            error: {
              code: 'NOT_SIGNED_IN',
              message: '访问凭据已失效，请从启动时显示的地址重新打开',
            },
          }
        }
        return (await res.json()) as ApiResult<unknown>
      } catch {
        return {
          ok: false,
          error: { code: 'IO_ERROR', message: '无法连接到新联台账服务，请确认程序仍在运行' },
        }
      }
    },
    on(event, callback) {
      if (typeof EventSource === 'undefined') return () => undefined
      const source = new EventSource(`${base}${HTTP_EVENTS_PATH}`)
      const listener = (e: MessageEvent<string>) => callback(JSON.parse(e.data))
      source.addEventListener(event, listener)
      return () => source.close()
    },
  }
}

/** The desktop app's preload bridge when present, the web shell otherwise. */
export function pickTransport(): Transport {
  return typeof window !== 'undefined' && window.api ? window.api : httpTransport()
}
