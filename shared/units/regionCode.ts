/** GB/T 2260 six-digit region codes: 2 digits province, 2 city, 2 county. */
export type UnitLevel = 'province' | 'city' | 'county'

export const REGION_CODE_PATTERN = /^[1-9]\d{5}$/

/** The administrative level a six-digit code names (330000 → province, 330600 → city). */
export function levelOfRegionCode(code: string): UnitLevel | null {
  if (!REGION_CODE_PATTERN.test(code)) return null
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'city'
  return 'county'
}

/** Codes of the units above: 330621 → ['330600', '330000']. */
export function parentRegionCodes(code: string): string[] {
  const level = levelOfRegionCode(code)
  if (level === 'county') return [`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]
  if (level === 'city') return [`${code.slice(0, 2)}0000`]
  return []
}
