import { formatHlc, nextHlc, parseHlc, type HlcState } from '../../shared/time/hlc'

export interface Clock {
  /** Wall time, ISO 8601 with milliseconds, UTC. */
  nowIso(): string
  nowMs(): number
  /** The next hybrid-logical-clock stamp for a write. */
  hlc(): string
}

export function systemClock(
  lastStamp: string | null,
  wall: () => number = () => Date.now(),
): Clock {
  let last: HlcState = lastStamp ? parseHlc(lastStamp) : { ms: 0, counter: 0 }
  return {
    nowIso: () => new Date(wall()).toISOString(),
    nowMs: wall,
    hlc: () => {
      last = nextHlc(last, wall())
      return formatHlc(last)
    },
  }
}
