import { z } from 'zod'
import { procedure } from './procedure'

/** A count per code; `null` collects the persons with the field not filled in. */
export type Breakdown = { code: string | null; count: number }[]

export const AGE_BANDS = ['<35', '35-44', '45-54', '55+', 'unknown'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

export interface PersonStatistics {
  /** Live persons (not in the recycle bin). */
  total: number
  /** Each person counts once in every category they fall in: the sum may exceed the total. */
  byCategory: Breakdown
  byTownship: Breakdown
  byTeam: Breakdown
  byAgeBand: { band: AgeBand; count: number }[]
  bySex: Breakdown
  byPoliticalStatus: Breakdown
  /** 人大代表 / 政协委员 (a person with both seats counts in both). */
  seats: { npc: number; cppcc: number }
  averageAge: number | null
}

export interface ActivityStatistics {
  year: number
  /** Index 0 = January. Held activities only. */
  activitiesByMonth: number[]
  /** 人次: participants marked present, by month of the activity. */
  attendanceByMonth: number[]
  trainings: number
}

export const statisticsContract = {
  'statistics.persons': procedure<PersonStatistics>()({
    input: z.strictObject({ includeDemo: z.boolean().default(true) }),
    access: 'viewer',
  }),
  'statistics.activities': procedure<ActivityStatistics>()({
    input: z.strictObject({ year: z.number().int().min(1949).max(2200) }),
    access: 'viewer',
  }),
}
