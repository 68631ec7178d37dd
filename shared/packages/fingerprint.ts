/** A key fingerprint is 60 digits, read out as 12 groups of 5 (like a safety number). */
export const FINGERPRINT_DIGITS = 60

/** A fingerprint as formatFingerprint prints it: public-key digits, never personal data. */
export const PRINTED_FINGERPRINT = /^\d{5}(?: \d{5}){11}$/

export function groupFingerprint(digits: string): string[] {
  const groups: string[] = []
  for (let i = 0; i < digits.length; i += 5) groups.push(digits.slice(i, i + 5))
  return groups
}

export function formatFingerprint(digits: string): string {
  return groupFingerprint(digits).join(' ')
}

/** What a person typed or read out, as bare digits (spaces, dashes and line breaks dropped). */
export function normalizeFingerprint(typed: string): string {
  return typed.replace(/[\s\-—_·.,，、]/g, '')
}
