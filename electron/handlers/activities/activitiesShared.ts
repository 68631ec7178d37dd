import { findActivityRow, type ActivityRow } from '../../../db/repos/activities'
import { attachmentCounts } from '../../../db/repos/attachments'
import { findOrganizationRow, listOrganizationRows } from '../../../db/repos/organizations'
import { attendanceCounts, type AttendanceCounts } from '../../../db/repos/participants'
import {
  TRAINING_TYPE_CODE,
  type Activity,
  type ActivityFields,
  type AttendanceSummary,
} from '../../../shared/contract/activities'
import { isRealDate } from '../../../shared/dates/calendar'
import {
  activityFieldLabels as labels,
  activityMessages as msg,
} from '../../../shared/i18n/activities'
import { toHalfWidth } from '../../../shared/text/halfWidth'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { hlcToIso } from '../../services/persons/stamps'
import { dictionaryNames, usableEntry } from './activitiesLocalDictionary'
import { ACTIVITY_TYPES } from './activitiesTypes'
import { assertOwnedRow } from '../units/ownership'
import { rowOwners } from '../units/rowOwner'

const list = (json: string): string[] => {
  const v = JSON.parse(json) as unknown
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

export function activityFields(row: ActivityRow): ActivityFields {
  return {
    type: row.type,
    title: row.title,
    theme: row.theme,
    status: row.status as ActivityFields['status'],
    startDate: row.start_date,
    startTime: row.start_time,
    endDate: row.end_date,
    place: row.place,
    organizationId: row.organization_id,
    guideUnits: list(row.guide_units),
    hostUnits: list(row.host_units),
    organizerUnits: list(row.organizer_units),
    coUnits: list(row.co_units),
    plannedCount: row.planned_count,
    actualCount: row.actual_count,
    description: row.description,
    beneficiaries: row.beneficiaries,
    donationFen: row.donation_fen,
    goodsFen: row.goods_fen,
    costFen: row.cost_fen,
    volunteerHours: row.volunteer_hours,
    onlineViews: row.online_views,
    newsLinks: list(row.news_links),
    trainingDays: row.training_days,
    trainingLevel: row.training_level as ActivityFields['trainingLevel'],
    trainingSchool: row.training_school,
    remarks: row.remarks,
  }
}

/** 实到 is the hand-recorded count when there is one, else those marked present. */
export function attendanceSummary(
  counts: AttendanceCounts | undefined,
  actualCount: number | null,
): AttendanceSummary {
  const c = counts ?? { registered: 0, present: 0, absent: 0, leave: 0 }
  return {
    expected: c.registered + c.present + c.absent + c.leave,
    ...c,
    actual: actualCount ?? c.present,
  }
}

export const isTrainingType = (type: string) => type === TRAINING_TYPE_CODE

/** Rows as the contract answers them, with type names, counts and the holding organization. */
export async function toActivities(ctx: HandlerContext, rows: ActivityRow[]): Promise<Activity[]> {
  const ids = rows.map((r) => r.id)
  const typeName = await dictionaryNames(ctx, ACTIVITY_TYPES)
  const orgs = new Map((await listOrganizationRows(ctx.db)).map((o) => [o.id, o.name]))
  const counts = attendanceCounts(ctx.sqlite, ids)
  const files = await attachmentCounts(ctx.db, ids)
  const ownerOf = await rowOwners(ctx)
  return rows.map((r) => ({
    ...activityFields(r),
    id: r.id,
    siteId: r.site_id,
    ...ownerOf(r.site_id),
    version: r.updated_at,
    createdAt: hlcToIso(r.created_at),
    updatedAt: hlcToIso(r.updated_at),
    typeName: typeName(r.type, r.site_id) ?? r.type,
    isTraining: isTrainingType(r.type),
    organizationName: r.organization_id ? (orgs.get(r.organization_id) ?? null) : null,
    attendance: attendanceSummary(counts.get(r.id), r.actual_count),
    attachmentCount: files.get(r.id) ?? 0,
  }))
}

export async function activityOr404(ctx: HandlerContext, id: string): Promise<ActivityRow> {
  const row = await findActivityRow(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  return row
}

/** A live activity this unit owns: only the owner edits it or its participants. */
export async function ownedActivity(ctx: HandlerContext, id: string): Promise<ActivityRow> {
  const row = await activityOr404(ctx, id)
  await assertOwnedRow(ctx, row.site_id, 'activities')
  return row
}

function checkDate(value: string, label: string): string {
  if (!isRealDate(value)) throw new AppError('BAD_INPUT', msg.badDate(label))
  return value
}

/** `9:30`, `09：30` → `09:30`. */
function checkTime(value: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toHalfWidth(value).trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new AppError('BAD_INPUT', msg.badTime)
  return `${m[1]!.padStart(2, '0')}:${m[2]}`
}

const units = (v: string[]) => JSON.stringify([...new Set(v.map((u) => u.trim()).filter(Boolean))])

/**
 * Checks a complete activity and answers its columns. The training-only fields are cleared
 * when the type is not 培训, so changing the type never leaves stale 期 data behind.
 */
export async function activityColumns(
  ctx: HandlerContext,
  f: ActivityFields,
  previousType: string | null,
): Promise<Omit<ActivityRow, 'id' | 'site_id' | 'created_at' | 'updated_at' | 'deleted_at'>> {
  if (f.type !== previousType && !(await usableEntry(ctx, ACTIVITY_TYPES, f.type)))
    throw new AppError('BAD_INPUT', msg.typeMissing(f.type))
  const startDate = checkDate(f.startDate, labels.startDate!)
  const endDate = f.endDate ? checkDate(f.endDate, labels.endDate!) : null
  if (endDate && endDate < startDate) throw new AppError('BAD_INPUT', msg.endBeforeStart)
  if (f.organizationId && !(await findOrganizationRow(ctx.db, f.organizationId)))
    throw new AppError('BAD_INPUT', msg.organizationMissing)
  const training = isTrainingType(f.type)
  return {
    type: f.type,
    title: f.title,
    theme: f.theme || null,
    status: f.status,
    start_date: startDate,
    start_time: f.startTime ? checkTime(f.startTime) : null,
    end_date: endDate,
    place: f.place || null,
    organization_id: f.organizationId || null,
    guide_units: units(f.guideUnits),
    host_units: units(f.hostUnits),
    organizer_units: units(f.organizerUnits),
    co_units: units(f.coUnits),
    planned_count: f.plannedCount ?? null,
    actual_count: f.actualCount ?? null,
    description: f.description || null,
    beneficiaries: f.beneficiaries ?? null,
    donation_fen: f.donationFen ?? null,
    goods_fen: f.goodsFen ?? null,
    cost_fen: f.costFen ?? null,
    volunteer_hours: f.volunteerHours ?? null,
    online_views: f.onlineViews ?? null,
    news_links: JSON.stringify(f.newsLinks),
    training_days: training ? (f.trainingDays ?? null) : null,
    training_level: training ? (f.trainingLevel ?? null) : null,
    training_school: training ? f.trainingSchool || null : null,
    remarks: f.remarks || null,
  }
}
