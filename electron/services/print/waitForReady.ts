/** What a print route says about itself on `<html data-print-state>`. */
export type PrintState = 'loading' | 'ready' | 'error'

export interface WaitOptions {
  timeoutMs: number
  intervalMs: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/**
 * Polls the print route until it has laid out its pages (model loaded, fonts ready): the
 * moment Chromium may print it. 'error' and a timeout both end the wait.
 */
export async function waitForReady(
  readState: () => Promise<string | null | undefined>,
  opts: WaitOptions,
): Promise<'ready' | 'error' | 'timeout'> {
  const sleep = opts.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = opts.now ?? Date.now
  const deadline = now() + opts.timeoutMs
  for (;;) {
    const state = await readState().catch(() => null)
    if (state === 'ready' || state === 'error') return state
    if (now() >= deadline) return 'timeout'
    await sleep(opts.intervalMs)
  }
}
