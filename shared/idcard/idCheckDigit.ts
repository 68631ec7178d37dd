const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const DIGITS = '10X98765432'

/**
 * GB 11643 check digit (ISO 7064 MOD 11-2) of the first 17 digits. Answers '' when the input
 * is not exactly 17 ASCII digits, so a caller with bad data gets a mismatch, not an exception.
 */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) return ''
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return DIGITS[sum % 11]!
}
