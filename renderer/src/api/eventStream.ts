import { HTTP_EVENTS_PATH } from '../../../shared/contract/transport'
import { credentialHeaders, forgetPageCredential, pageCredential } from './pageCredential'

const RETRY_MS = 3000

/**
 * Server-sent events read through fetch, because EventSource cannot send the page credential
 * header. Reconnects after a drop until `stop` is called. Every event goes to `onEvent`.
 */
export function openEventStream(
  base: string,
  onEvent: (event: string, payload: unknown) => void,
): () => void {
  const abort = new AbortController()
  let stopped = false

  async function run(): Promise<void> {
    while (!stopped) {
      let credential: string | null = null
      try {
        credential = await pageCredential(base)
        const res = await fetch(`${base}${HTTP_EVENTS_PATH}`, {
          method: 'POST',
          headers: credentialHeaders(credential),
          body: '{}',
          signal: abort.signal,
        })
        if (res.status === 401) forgetPageCredential(credential)
        else if (res.body) await readEvents(res.body, onEvent)
      } catch {
        // Dropped or refused: try again below unless stopped.
      }
      if (!stopped) await new Promise((r) => setTimeout(r, RETRY_MS))
    }
  }

  void run()
  return () => {
    stopped = true
    abort.abort()
  }
}

/**
 * One event stream for the whole page, whoever listens. A stream per listener holds one of
 * the browser's six connections to the shell each; past six, the page's calls and newer
 * streams would wait for a free one. Opened with the first listener and kept for the page's
 * life, so that a listener that comes and goes misses nothing in between.
 */
export function eventHub(base: string) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let open = false
  const deliver = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  return {
    on(event: string, listener: (payload: unknown) => void): () => void {
      let forEvent = listeners.get(event)
      if (!forEvent) listeners.set(event, (forEvent = new Set()))
      forEvent.add(listener)
      if (!open) {
        open = true
        openEventStream(base, deliver)
      }
      return () => forEvent.delete(listener)
    },
  }
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, payload: unknown) => void,
): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const { event, data } = parseBlock(block)
      if (event !== null && data !== null) onEvent(event, JSON.parse(data))
    }
  }
}

/** One SSE block: `event:` and `data:` lines; comment lines (`: …`) are skipped. */
export function parseBlock(block: string): { event: string | null; data: string | null } {
  let event: string | null = null
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  return { event, data: data.length ? data.join('\n') : null }
}
