import { z } from 'zod'
import {
  INDICATOR_BY_ID,
  type IndicatorSource,
  type IndicatorValues,
} from '../statistics/indicators'
import type { Period } from '../statistics/period'
import { regionCodeField } from './fields'
import { procedure } from './procedure'

/** A count per code; `null` collects the persons with the field not filled in. */
export type Breakdown = { code: string | null; count: number }[]

import type { AgeBand } from '../statistics/ageBands'
export { AGE_BANDS, type AgeBand } from '../statistics/ageBands'

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

/**
 * At an upper unit: count only the records of these units (行政区划代码; 本单位 or a unit
 * below), as the persons lists narrow by unit. Left out, everything held here counts.
 */
export const unitScopeField = z.array(regionCodeField).min(1).max(200).optional()

export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const periodField = z
  .strictObject({ from: dayField, to: dayField })
  .refine((p) => p.from <= p.to, { message: 'from after to' })

export interface IndicatorReport {
  period: Period
  values: IndicatorValues
  /** Sources not in use yet: their indicators read 0. */
  unavailable: IndicatorSource[]
  rulesVersion: number
  /** ISO instant. */
  computedAt: string
}

/** Persons on the register in an age band, by sex (other: 未知 or not filled in). */
export interface AgeSexRow {
  band: AgeBand
  male: number
  female: number
  other: number
}

/** 场次 and 人次 of one month's held activities (`YYYY-MM`). */
export interface MonthFigures {
  month: string
  count: number
  attendance: number
}

/** The breakdowns behind the 统计 charts, counted as the indicators count. */
export interface StatisticsBreakdowns {
  period: Period
  /** Persons on the register per township, most first; null code = not filled in. */
  byTownship: Breakdown
  ageSex: AgeSexRow[]
  /** Each month the period touches. */
  months: MonthFigures[]
  /** The same months one year earlier (同比). */
  lastYearMonths: MonthFigures[]
}

/** Data-quality findings on the register, each a filter of the person list. */
export const QUALITY_CHECKS = ['noCategory', 'badIdNumber', 'stale'] as const
export type QualityCheck = (typeof QUALITY_CHECKS)[number]

export interface UpcomingActivity {
  id: string
  title: string
  type: string
  startDate: string
  startTime: string | null
  place: string | null
}

export interface RecentImport {
  id: string
  kind: 'persons' | 'suggestions'
  at: string
  fileName: string
  created: number
  updated: number
  status: 'applied' | 'rolledBack'
}

export interface Dashboard {
  today: string
  year: number
  /** This year's figures (dashboard indicators) and last year's up to the same day (同期). */
  thisYear: IndicatorReport
  lastYear: IndicatorReport
  upcoming: UpcomingActivity[]
  recentImports: RecentImport[]
  quality: Record<QualityCheck, number>
}

export const statisticsContract = {
  'statistics.indicators': procedure<IndicatorReport>()({
    input: z.strictObject({
      period: periodField,
      ids: z
        .array(
          z
            .string()
            .max(80)
            .refine((id) => INDICATOR_BY_ID.has(id), 'unknown indicator'),
        )
        .max(1000)
        .optional(),
      units: unitScopeField,
    }),
    access: 'viewer',
  }),
  'statistics.breakdowns': procedure<StatisticsBreakdowns>()({
    input: z.strictObject({ period: periodField, units: unitScopeField }),
    access: 'viewer',
  }),
  'statistics.dashboard': procedure<Dashboard>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
  'statistics.persons': procedure<PersonStatistics>()({
    input: z.strictObject({ includeDemo: z.boolean().default(true) }),
    access: 'viewer',
  }),
  'statistics.activities': procedure<ActivityStatistics>()({
    input: z.strictObject({ year: z.number().int().min(1949).max(2200) }),
    access: 'viewer',
  }),
}
