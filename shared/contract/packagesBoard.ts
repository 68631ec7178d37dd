import { z } from 'zod'
import type { StatusBoardSheet } from '../documents/statusBoard'
import type { ReceiptRow, TableCounts } from '../packages/format'
import type { ExportResult } from './exports'
import { regionCodeField } from './fields'
import type { PackageSummary } from './packages'
import { procedure } from './procedure'

export type { StatusBoardSheet }

/**
 * The status board (上报情况, UPWARD.md "After import") and the upper unit's 审核 / 退回.
 * At an upper unit: one row per registered 下级单位. At a county (no 下级): one row, its own
 * packages as sent, with what the receipts said.
 */

/** `generated`: sent by the county, no receipt read back yet. */
export type BoardStatus =
  | 'notReported'
  | 'generated'
  | 'received'
  | 'receivedWithWarnings'
  | 'returned'
  | 'reviewed'
  /** At a county: the upper unit refused the package (a gap) and said why. */
  | 'refused'

/** One step of a cell's history: a package arriving (or sent), or a decision on it. */
export interface BoardEvent {
  at: string
  kind: 'package' | 'decision'
  status: Exclude<BoardStatus, 'notReported'>
  reason: string | null
  by: string
  packageId: string
}

export interface BoardCell {
  unitCode: string
  period: string
  status: BoardStatus
  /** YYYY-MM-DD; null for a period name without a known end. */
  deadline: string | null
  /** When the first package of the period arrived (was sent, at a county). */
  firstAt: string | null
  /** When the cell last changed state. */
  lastAt: string | null
  /** Days after the deadline the first package came; for 未报送, days overdue so far. */
  daysLate: number | null
  packages: number
  /** Rows the period's packages carried, and tombstones among them. */
  rows: number
  deleted: number
  /** Rows the period's packages changed here (inserted + updated + deleted on import). */
  rowsChanged: number
  latestPackageId: string | null
  /** The reason of a 退回. */
  reason: string | null
  history: BoardEvent[]
}

/** A row of the board: a 下级单位, or (at the province) a county one of them relays. */
export interface BoardUnit {
  code: string
  name: string
  /** The city that relays this county's packages; absent for a unit registered here. */
  parentCode?: string
  /** Live persons held here that this unit owns (its own, not its counties'). */
  persons?: number
}

export interface StatusBoard {
  scope: 'lower' | 'own'
  today: string
  periods: string[]
  /** Registered units first, each followed by the counties it relays. */
  units: BoardUnit[]
  cells: BoardCell[]
}

/** One package again, for a board cell: what it said, what it did here, rows not taken. */
export interface PackageDetail {
  direction: 'sent' | 'received'
  /** A county package a city relayed here: through whom, and whether the county's signature held. */
  relay?: { via: string; signatureVerified: boolean }
  summary: PackageSummary
  applied: Record<string, TableCounts> | null
  rows: ReceiptRow[]
  warnings: string[]
}

export interface ReviewOutcome {
  unitCode: string
  period: string
  packageId: string
  status: 'reviewed' | 'returned'
  reason: string | null
  receipt: { fileName: string; signedText: string }
}

const period = z.string().trim().min(1).max(40)
const boardInput = z.strictObject({ period: period.optional() })

export const packagesBoardContract = {
  'packages.statusBoard': procedure<StatusBoard>()({ input: boardInput, access: 'viewer' }),
  /** The board as the A4 landscape print model. */
  'packages.boardSheet': procedure<StatusBoardSheet>()({ input: boardInput, access: 'viewer' }),
  /** The same as .xlsx; audited by its handler like every export. */
  'packages.exportBoard': procedure<ExportResult>()({ input: boardInput, access: 'viewer' }),
  'packages.detail': procedure<PackageDetail>()({
    input: z.strictObject({ packageId: z.string().min(1).max(64) }),
    access: 'viewer',
  }),
  /** 审核 or 退回 a sub-unit's period; the signed receipt carries the decision back. */
  'packages.review': procedure<ReviewOutcome>()({
    input: z.strictObject({
      unit: regionCodeField,
      period,
      decision: z.enum(['reviewed', 'returned']),
      /** Required for a 退回: the county reads it on 工作台 and 上报. */
      reason: z.string().trim().max(500).optional(),
    }),
    access: 'operator',
    audited: true,
  }),
}
