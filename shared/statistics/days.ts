/** The calendar day after `YYYY-MM-DD` (any time zone: computed on UTC dates). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/** The earlier of two `YYYY-MM-DD` days. */
export function earlierDay(a: string, b: string): string {
  return a <= b ? a : b
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`): negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
