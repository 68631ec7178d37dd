import { describe, expect, it } from 'vitest'
import { backupsToKeep } from '../../electron/services/backup/rotation'

// Runs under Asia/Shanghai, UTC and America/Los_Angeles (vitest.config.ts, dates-* projects).
describe('rotation', () => {
  // Local wall-clock dates: the test means the same under every TZ it runs in.
  const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).toISOString()

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const backups: { name: string; createdAt: string }[] = []
    // Two a day (start and quit) for 400 days back from 2026-12-06.
    for (let i = 0; i < 400; i++) {
      const day = new Date(2026, 11, 6 - i)
      for (const h of [8, 18])
        backups.push({
          name: `${day.getFullYear()}-${day.getMonth() + 1}-${day.getDate()}-${h}`,
          createdAt: at(day.getFullYear(), day.getMonth() + 1, day.getDate(), h),
        })
    }
    const keep = backupsToKeep(backups, { daily: 7, weekly: 4, monthly: 12 })
    const days = [
      '2026-12-6',
      '2026-12-5',
      '2026-12-4',
      '2026-12-3',
      '2026-12-2',
      '2026-12-1',
      '2026-11-30',
    ]
    for (const d of days) expect(keep.has(`${d}-18`), d).toBe(true)
    expect(keep.has('2026-12-6-8')).toBe(false)
    // Weeks start on Monday: Sunday 6 Dec is the newest of its week (Mon 30 Nov – Sun 6 Dec);
    // the weeks before end on Sundays 29 Nov, 22 Nov, 15 Nov.
    for (const d of ['2026-11-29', '2026-11-22', '2026-11-15'])
      expect(keep.has(`${d}-18`), d).toBe(true)
    // Months: the last day of each month before, back to January 2026.
    for (const d of ['2026-10-31', '2026-9-30', '2026-2-28', '2026-1-31'])
      expect(keep.has(`${d}-18`), d).toBe(true)
    expect(keep.has('2025-12-31-18')).toBe(false)
    // December and November are already kept as days: ten more months, October–January.
    expect(keep.size).toBe(7 + 3 + 10)
  })

  it('keeps the way back from each import and package of the kept days beside the day’s newest', () => {
    const backups = [
      // Today: a backup before an import, one before a package, then the one on quit.
      { name: 'today-import', createdAt: at(2026, 12, 6, 10), kind: 'beforeImport' },
      { name: 'today-package', createdAt: at(2026, 12, 6, 11), kind: 'beforePackage' },
      { name: 'today-daily', createdAt: at(2026, 12, 6, 8), kind: 'daily' },
      { name: 'today-quit', createdAt: at(2026, 12, 6, 18), kind: 'quit' },
      // Ten days back, out of the daily window, with newer backups in its week and month.
      { name: 'old-import', createdAt: at(2026, 11, 26, 10), kind: 'beforeImport' },
      { name: 'old-quit', createdAt: at(2026, 11, 26, 18), kind: 'quit' },
      // A working day in between each day, so 26 November is not among the last 7 that have one.
      ...[27, 28, 29, 30].map((d) => ({
        name: `nov-${d}`,
        createdAt: at(2026, 11, d),
        kind: 'quit',
      })),
      ...[1, 2, 3, 4, 5].map((d) => ({
        name: `dec-${d}`,
        createdAt: at(2026, 12, d),
        kind: 'quit',
      })),
    ]
    const keep = backupsToKeep(backups, { daily: 7, weekly: 4, monthly: 12 })
    expect(keep.has('today-import')).toBe(true)
    expect(keep.has('today-package')).toBe(true)
    expect(keep.has('today-quit')).toBe(true)
    expect(keep.has('today-daily')).toBe(false)
    expect(keep.has('old-quit')).toBe(false)
    expect(keep.has('old-import')).toBe(false)
  })

  it('keeps only a day’s newest even with one backup a minute', () => {
    const backups = Array.from({ length: 30 }, (_, i) => ({
      name: `b${i}`,
      createdAt: new Date(2026, 5, 1, 23, 30 + i).toISOString(),
    }))
    // 23:30–23:59 on 1 June, local time, is one day in any TZ.
    expect([...backupsToKeep(backups, { daily: 7, weekly: 4, monthly: 12 })]).toEqual(['b29'])
  })
})
