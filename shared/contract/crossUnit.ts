import { z } from 'zod'
import { idField } from './fields'
import { procedure } from './procedure'

/**
 * 跨单位重复人员: at an upper unit, live records of different units that carry one ID number,
 * as pairs side by side, and the verdict the unit gives each pair. ID numbers are masked.
 */

export type CrossUnitVerdict = 'moved' | 'distinct'
export const CROSS_UNIT_VERDICTS = ['moved', 'distinct'] as const

export interface CrossUnitSide {
  personId: string
  name: string
  unitCode: string
  unitName: string
  employer: string | null
  /** ISO 8601. */
  updatedAt: string
  ownedHere: boolean
}

export interface CrossUnitMark {
  verdict: CrossUnitVerdict
  note: string | null
  /** ISO 8601. */
  markedAt: string
  /** The unit that gave the verdict: this one, or a unit below whose marks came up. */
  unitCode: string
  unitName: string
  ownMark: boolean
}

export interface CrossUnitPair {
  /** Masked: the two records' common ID number. */
  idNumber: string
  /** Ordered by person id, as marks store them. */
  a: CrossUnitSide
  b: CrossUnitSide
  /** The side changed last: after 迁移 it is usually the record that stands. */
  lastTouched: 'a' | 'b'
  mark: CrossUnitMark | null
}

export interface CrossUnitPage {
  pairs: CrossUnitPair[]
  /** Pairs matching the state asked for. */
  total: number
  open: number
  marked: number
}

export const crossUnitContract = {
  'persons.crossUnitDuplicates': procedure<CrossUnitPage>()({
    input: z.strictObject({
      state: z.enum(['open', 'marked', 'all']).default('open'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    access: 'viewer',
  }),
  /** Gives a pair this unit's verdict, or takes it back (verdict null). */
  'persons.markCrossUnitPair': procedure<CrossUnitPair>()({
    input: z.strictObject({
      personA: idField,
      personB: idField,
      verdict: z.enum(CROSS_UNIT_VERDICTS).nullable(),
      note: z.string().trim().max(200).optional(),
    }),
    access: 'operator',
    audited: true,
  }),
}
