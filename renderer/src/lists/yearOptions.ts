/** The year filter's choices: "all years", then next year back through the last ten. */
export function yearOptions(
  allLabel: string,
  yearLabel: (year: number) => string,
  thisYear = new Date().getFullYear(),
): { value: number; label: string }[] {
  return [
    { value: 0, label: allLabel },
    ...recentYears(thisYear).map((y) => ({ value: y, label: yearLabel(y) })),
  ]
}

/** Next year first, then back twelve years in all: a ledger rarely reaches further. */
export function recentYears(thisYear = new Date().getFullYear()): number[] {
  return Array.from({ length: 12 }, (_, i) => thisYear + 1 - i)
}
