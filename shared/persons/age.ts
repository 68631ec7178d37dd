/**
 * Age in whole years on a day, from a birth date of any precision (YYYY, YYYY-MM,
 * YYYY-MM-DD). A missing month or day counts as the earliest, so the age is never too low
 * by more than the precision allows. Null when unknown.
 */
export function ageOn(birthDate: string | null | undefined, today: string): number | null {
  if (!birthDate) return null
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(birthDate)
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today)
  if (!m || !t) return null
  const birthMd = Number(m[2] ?? 1) * 100 + Number(m[3] ?? 1)
  const todayMd = Number(t[2]) * 100 + Number(t[3])
  const age = Number(t[1]) - Number(m[1]) - (todayMd < birthMd ? 1 : 0)
  return age >= 0 ? age : null
}

/** A birth date as a sortable number, YYYYMMDD with 00 for an unknown month or day; 0 if none. */
export function birthNumber(birthDate: string | null | undefined): number {
  if (!birthDate) return 0
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(birthDate)
  if (!m) return 0
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0)
}
