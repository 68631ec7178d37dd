/**
 * Resolves once the promise `current()` answers has settled and no newer one took its place
 * meanwhile: for jobs chained onto one promise that never rejects, "nothing under way or
 * waiting", even when a job queued another while it ran.
 */
export async function untilSettled(current: () => Promise<unknown>): Promise<void> {
  for (let seen: unknown; seen !== current();) {
    seen = current()
    await seen
  }
}
