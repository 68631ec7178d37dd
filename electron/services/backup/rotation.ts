import { localToday } from '../../../shared/dates/calendar'

export interface Rotation {
  daily: number
  weekly: number
  monthly: number
}

export interface Dated {
  name: string
  createdAt: string
}

/** Monday of the local week, so a week is the one on the office calendar. */
function localWeek(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate())
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return localToday(monday)
}

/**
 * Grandfather–father–son on the local calendar: the newest backup of each of the last
 * `daily` days that have one, of each of the last `weekly` weeks and of each of the last
 * `monthly` months. Everything else may go.
 */
export function backupsToKeep(backups: Dated[], rotation: Rotation): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const buckets: [(d: Date) => string, number][] = [
    [(d) => localToday(d), rotation.daily],
    [localWeek, rotation.weekly],
    [(d) => localToday(d).slice(0, 7), rotation.monthly],
  ]
  for (const [bucketOf, limit] of buckets) {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      const bucket = bucketOf(new Date(b.createdAt))
      if (seen.has(bucket)) continue
      if (seen.size >= limit) break
      seen.add(bucket)
      keep.add(b.name)
    }
  }
  return keep
}
