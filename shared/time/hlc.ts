/**
 * Hybrid logical clock. Stamps are fixed-width strings that sort in causal order even when
 * an office PC's wall clock jumps backwards: `<ms:13>-<counter:5>`.
 */
export interface HlcState {
  ms: number
  counter: number
}

export function formatHlc(s: HlcState): string {
  return `${String(s.ms).padStart(13, '0')}-${String(s.counter).padStart(5, '0')}`
}

export function parseHlc(text: string): HlcState {
  const m = /^(\d{13})-(\d{5})$/.exec(text)
  if (!m) throw new Error(`bad HLC stamp: ${text}`)
  return { ms: Number(m[1]), counter: Number(m[2]) }
}

/** The next stamp after `last` at wall time `now`; never goes backwards. */
export function nextHlc(last: HlcState, now: number): HlcState {
  if (now > last.ms) return { ms: now, counter: 0 }
  return { ms: last.ms, counter: last.counter + 1 }
}

/** Merge a stamp received from elsewhere (a package), so later local stamps sort after it. */
export function receiveHlc(last: HlcState, remote: HlcState, now: number): HlcState {
  const ms = Math.max(last.ms, remote.ms, now)
  if (ms === last.ms && ms === remote.ms)
    return { ms, counter: Math.max(last.counter, remote.counter) + 1 }
  if (ms === last.ms) return { ms, counter: last.counter + 1 }
  if (ms === remote.ms) return { ms, counter: remote.counter + 1 }
  return { ms, counter: 0 }
}
