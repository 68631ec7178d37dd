/** Age bands of the statistics (age in whole years on the day figures are taken). */
export const AGE_BANDS = ['<35', '35-44', '45-54', '55+', 'unknown'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

export function ageBandOf(age: number): Exclude<AgeBand, 'unknown'> {
  if (age < 35) return '<35'
  if (age < 45) return '35-44'
  if (age < 55) return '45-54'
  return '55+'
}
