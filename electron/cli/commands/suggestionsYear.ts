import { usageError } from '../errors'

/** `--year 2025` → 2025; absent → every year. */
export function yearOption(value: string | undefined, bad: (v: string) => string) {
  if (value === undefined) return undefined
  const year = Number(value)
  if (!(/^\d{4}$/.test(value) && year >= 1949)) throw usageError(bad(value))
  return year
}
