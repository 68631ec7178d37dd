import type { Dayjs } from 'dayjs'

/**
 * Staff pick whole local days; the core stores instants. From the start of the first day
 * to the start of the day after the last (exclusive), both as ISO instants.
 */
export function localDaysToInstants(
  range: readonly [Dayjs | null, Dayjs | null] | null | undefined,
): { from?: string; to?: string } {
  const [start, end] = range ?? [null, null]
  return {
    ...(start ? { from: start.startOf('day').toISOString() } : {}),
    ...(end ? { to: end.add(1, 'day').startOf('day').toISOString() } : {}),
  }
}
