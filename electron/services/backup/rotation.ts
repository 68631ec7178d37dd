import { localToday } from '../../../shared/dates/calendar'

export interface Rotation {
  daily: number
  weekly: number
  monthly: number
}

export interface Dated {
  name: string
  createdAt: string
  /** Why it was made (BackupKind); a way back from an import or a package is kept longer. */
  kind?: string
}

/**
 * Made just before an import or a package was applied: the way back from it. The day's newest
 * backup (often the one on quit) already holds what was imported, so these are kept beside it
 * for the days the daily rotation keeps.
 */
const WAY_BACK_KINDS: ReadonlySet<string> = new Set(['beforeImport', 'beforePackage'])

/** Monday of the local week, so a week is the one on the office calendar. */
function localWeek(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate())
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return localToday(monday)
}

/**
 * Grandfather–father–son on the local calendar: the newest backup of each of the last
 * `daily` days that have one, of each of the last `weekly` weeks and of each of the last
 * `monthly` months; and on those `daily` days, every way back from an import or a package.
 * Everything else may go.
 */
export function backupsToKeep(backups: Dated[], rotation: Rotation): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const buckets: [(d: Date) => string, number][] = [
    [(d) => localToday(d), rotation.daily],
    [localWeek, rotation.weekly],
    [(d) => localToday(d).slice(0, 7), rotation.monthly],
  ]
  const keptDays = new Set<string>()
  for (const [i, [bucketOf, limit]] of buckets.entries()) {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      const bucket = bucketOf(new Date(b.createdAt))
      if (seen.has(bucket)) continue
      if (seen.size >= limit) break
      seen.add(bucket)
      keep.add(b.name)
    }
    if (i === 0) for (const day of seen) keptDays.add(day)
  }
  for (const b of backups) {
    if (b.kind && WAY_BACK_KINDS.has(b.kind) && keptDays.has(localToday(new Date(b.createdAt))))
      keep.add(b.name)
  }
  return keep
}
