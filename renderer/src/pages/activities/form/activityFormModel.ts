import dayjs, { type Dayjs } from 'dayjs'
import type { Input } from '../../../../../shared/contract'
import {
  TRAINING_TYPE_CODE,
  type Activity,
  type ActivityStatus,
  type TRAINING_LEVELS,
} from '../../../../../shared/contract/activities'
import { ApiCallError } from '../../../api/client'
import { fenToYuan, yuanToFen } from '../money'

export type ActivityDraft = Input<'activities.create'>
type Level = (typeof TRAINING_LEVELS)[number]

/** What the form holds: dates as dayjs for the pickers, money in 元. */
export interface ActivityFormValues {
  type?: string
  title?: string
  theme?: string
  status: ActivityStatus
  startDate?: Dayjs | null
  startTime?: string
  endDate?: Dayjs | null
  place?: string
  organizationId?: string | null
  guideUnits: string[]
  hostUnits: string[]
  organizerUnits: string[]
  coUnits: string[]
  plannedCount?: number | null
  actualCount?: number | null
  description?: string
  beneficiaries?: number | null
  donationYuan?: number | null
  goodsYuan?: number | null
  costYuan?: number | null
  volunteerHours?: number | null
  onlineViews?: number | null
  newsLinks: string[]
  trainingDays?: number | null
  trainingLevel?: Level | null
  trainingSchool?: string
  remarks?: string
}

/** Money fields: the form's name (元) for the contract's (分). */
export const MONEY_FIELDS = {
  donationFen: 'donationYuan',
  goodsFen: 'goodsYuan',
  costFen: 'costYuan',
} as const

const DATE = 'YYYY-MM-DD'
const day = (s: string | null) => (s ? dayjs(s, DATE) : null)
const text = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null)
const count = (v: number | null | undefined) => (v === undefined || v === null ? null : v)

export function emptyFormValues(today: Dayjs = dayjs()): ActivityFormValues {
  return {
    status: 'planned',
    startDate: today,
    guideUnits: [],
    hostUnits: [],
    organizerUnits: [],
    coUnits: [],
    newsLinks: [],
  }
}

export function toFormValues(a: Activity): ActivityFormValues {
  return {
    type: a.type,
    title: a.title,
    theme: a.theme ?? undefined,
    status: a.status,
    startDate: day(a.startDate),
    startTime: a.startTime ?? undefined,
    endDate: day(a.endDate),
    place: a.place ?? undefined,
    organizationId: a.organizationId,
    guideUnits: a.guideUnits,
    hostUnits: a.hostUnits,
    organizerUnits: a.organizerUnits,
    coUnits: a.coUnits,
    plannedCount: a.plannedCount,
    actualCount: a.actualCount,
    description: a.description ?? undefined,
    beneficiaries: a.beneficiaries,
    donationYuan: fenToYuan(a.donationFen),
    goodsYuan: fenToYuan(a.goodsFen),
    costYuan: fenToYuan(a.costFen),
    volunteerHours: a.volunteerHours,
    onlineViews: a.onlineViews,
    newsLinks: a.newsLinks,
    trainingDays: a.trainingDays,
    trainingLevel: a.trainingLevel,
    trainingSchool: a.trainingSchool ?? undefined,
    remarks: a.remarks ?? undefined,
  }
}

/** Every field, empty ones as null: the training fields only for a training. */
export function toDraft(v: ActivityFormValues): ActivityDraft {
  const training = v.type === TRAINING_TYPE_CODE
  return {
    type: v.type ?? '',
    title: (v.title ?? '').trim(),
    theme: text(v.theme),
    status: v.status,
    startDate: v.startDate ? v.startDate.format(DATE) : '',
    startTime: text(v.startTime),
    endDate: v.endDate ? v.endDate.format(DATE) : null,
    place: text(v.place),
    organizationId: v.organizationId ?? null,
    guideUnits: v.guideUnits ?? [],
    hostUnits: v.hostUnits ?? [],
    organizerUnits: v.organizerUnits ?? [],
    coUnits: v.coUnits ?? [],
    plannedCount: count(v.plannedCount),
    actualCount: count(v.actualCount),
    description: text(v.description),
    beneficiaries: count(v.beneficiaries),
    donationFen: yuanToFen(v.donationYuan),
    goodsFen: yuanToFen(v.goodsYuan),
    costFen: yuanToFen(v.costYuan),
    volunteerHours: count(v.volunteerHours),
    onlineViews: count(v.onlineViews),
    newsLinks: v.newsLinks ?? [],
    trainingDays: training ? count(v.trainingDays) : null,
    trainingLevel: training ? (v.trainingLevel ?? null) : null,
    trainingSchool: training ? text(v.trainingSchool) : null,
    remarks: text(v.remarks),
  }
}

/** Only what differs from the stored activity: an update leaves the rest alone. */
export function changedDraft(draft: ActivityDraft, before: ActivityDraft): Partial<ActivityDraft> {
  const patch: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(draft)) {
    const was = (before as Record<string, unknown>)[k]
    if (JSON.stringify(v ?? null) !== JSON.stringify(was ?? null)) patch[k] = v
  }
  return patch as Partial<ActivityDraft>
}

/** The core names money fields in 分; the form's boxes are the 元 ones. */
export function remapIssues(error: unknown): unknown {
  if (!(error instanceof ApiCallError) || !error.issues) return error
  const renamed = error.issues.map((i) => ({
    ...i,
    path: MONEY_FIELDS[i.path as keyof typeof MONEY_FIELDS] ?? i.path,
  }))
  return new ApiCallError({ code: error.code, message: error.message, issues: renamed })
}
