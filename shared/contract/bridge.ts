import type { ApiResult } from './result'

/** What the Electron preload puts on `window.api` — nothing more. */
export interface XinlianBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>
  on(event: string, callback: (payload: unknown) => void): () => void
}
