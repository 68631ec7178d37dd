import { z } from 'zod'
import {
  APP_VERSION_PATTERN,
  TASK_INCLUDES,
  type DownwardPart,
  type TaskInclude,
} from '../packages/downward'
import { isRealDate } from '../dates/calendar'
import { idField, regionCodeField } from './fields'
import { PACKAGE_MAX_BASE64, type ExportedPackage } from './packages'
import { procedure } from './procedure'

export type { DownwardPart, TaskInclude }

/**
 * 下发 (UPWARD.md "After import"): reporting tasks set by the upper unit, and the signed
 * downward package that carries them with dictionaries, rules, templates and revocations.
 */

/** Where a county stands with a task: nothing sent, a package made, or one acknowledged. */
export type TaskState = 'open' | 'sent' | 'done'

export interface ReportingTask {
  id: string
  issuer: { code: string; name: string }
  /** Set by this unit (an upper unit's own task) rather than received from above. */
  own: boolean
  period: string
  deadline: string
  includes: TaskInclude[]
  note: string | null
  /** Received tasks only: null for a task this unit set. */
  state: TaskState | null
  /** Calendar days from today to the deadline; negative when overdue. */
  daysLeft: number
}

export interface ReportingTasks {
  today: string
  tasks: ReportingTask[]
  /** The received task not yet acknowledged whose deadline comes first. */
  next: ReportingTask | null
}

export interface DownwardExported extends Omit<ExportedPackage, 'tables'> {
  /** Lines per part. */
  counts: Record<DownwardPart, number>
}

export interface DownwardPartOutcome {
  applied: number
  skipped: number
}

export interface DownwardOutcome {
  status: 'applied' | 'already-imported' | 'refused' | 'preview'
  reason: string | null
  sender: { code: string; name: string } | null
  packageId: string | null
  minAppVersion: string | null
  counts: Partial<Record<DownwardPart, DownwardPartOutcome>>
  warnings: string[]
}

export interface DownwardPackageItem {
  packageId: string
  direction: 'sent' | 'received'
  otherUnit: { code: string; name: string }
  fileName: string
  createdAt: string
  appliedAt: string | null
  minAppVersion: string | null
  counts: Record<string, number>
}

const deadlineField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDate, 'not a date')

export const downwardContract = {
  'downward.tasks': procedure<ReportingTasks>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
  /** Creates (no id) or changes a task this unit sets for the units below. */
  'downward.saveTask': procedure<ReportingTask>()({
    input: z.strictObject({
      id: idField.optional(),
      period: z.string().trim().min(1).max(40),
      deadline: deadlineField,
      includes: z.array(z.enum(TASK_INCLUDES)).max(TASK_INCLUDES.length).default([]),
      note: z.string().trim().max(500).nullish(),
    }),
    access: 'operator',
    audited: true,
  }),
  'downward.deleteTask': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  'downward.export': procedure<DownwardExported>()({
    input: z.strictObject({
      to: regionCodeField,
      minAppVersion: z.string().trim().regex(APP_VERSION_PATTERN).optional(),
      /** True only by an explicit, named choice in the UI or `--plain`. */
      plain: z.boolean().default(false),
    }),
    access: 'operator',
    audited: true,
  }),
  /** Changes dictionaries, scoring rules and keys: an administrator's act. */
  'downward.import': procedure<DownwardOutcome>()({
    input: z.strictObject({
      data: z.string().min(1).max(PACKAGE_MAX_BASE64),
      fileName: z.string().max(255).default('downward.xlpkg'),
      dryRun: z.boolean().default(false),
    }),
    access: 'admin',
    audited: true,
  }),
  'downward.list': procedure<DownwardPackageItem[]>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
}
