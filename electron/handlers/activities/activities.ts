import {
  insertActivity,
  listActivityRows,
  softDeleteActivity,
  updateActivity,
} from '../../../db/repos/activities'
import { attachmentsOf } from '../../../db/repos/attachments'
import {
  participantKeys,
  participationsOfPerson,
  softDeleteParticipants,
} from '../../../db/repos/participants'
import type {
  ActivityFields,
  AttendanceStatus,
  Input,
  ParticipantRole,
  PersonActivities,
} from '../../../shared/contract'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import {
  activityAuditText as audit,
  activityFieldLabels,
  activityMessages as msg,
  personActivityText,
} from '../../../shared/i18n/activities'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { detachFiles, toAttachment } from '../../services/attachments/attachedFiles'
import { dictionaryNames } from './activitiesLocalDictionary'
import {
  activityColumns,
  activityFields,
  activityOr404,
  isTrainingType,
  ownedActivity,
  toActivities,
} from './activitiesShared'
import { ACTIVITY_TYPES } from './activitiesTypes'
import { selfUnitId } from '../persons/personsShared'

type Draft = Partial<Input<'activities.create'>>

/** What a person took part in, newest first, and how many activities and trainings they attended. */
export async function personActivities(
  ctx: HandlerContext,
  personId: string,
): Promise<PersonActivities> {
  const typeName = await dictionaryNames(ctx, ACTIVITY_TYPES)
  const items = participationsOfPerson(ctx.sqlite, personId).map((r) => ({
    activityId: r.activity_id,
    title: r.title,
    typeName: typeName(r.type, r.site_id) ?? r.type,
    isTraining: isTrainingType(r.type),
    startDate: r.start_date,
    status: r.status as ActivityFields['status'],
    role: r.role as ParticipantRole,
    attendance: r.attendance as AttendanceStatus,
  }))
  // Attended: marked present at an activity that was not cancelled.
  const attended = items.filter((i) => i.attendance === 'present' && i.status !== 'cancelled')
  const trainingCount = attended.filter((i) => i.isTraining).length
  const activityCount = attended.length - trainingCount
  return {
    activityCount,
    trainingCount,
    summaryText: personActivityText.counts(activityCount, trainingCount),
    items,
  }
}

const EMPTY: ActivityFields = {
  type: '',
  title: '',
  theme: null,
  status: 'planned',
  startDate: '',
  startTime: null,
  endDate: null,
  place: null,
  organizationId: null,
  guideUnits: [],
  hostUnits: [],
  organizerUnits: [],
  coUnits: [],
  plannedCount: null,
  actualCount: null,
  description: null,
  beneficiaries: null,
  donationFen: null,
  goodsFen: null,
  costFen: null,
  volunteerHours: null,
  onlineViews: null,
  newsLinks: [],
  trainingDays: null,
  trainingLevel: null,
  trainingSchool: null,
  remarks: null,
}

function merge(base: ActivityFields, patch: Draft): ActivityFields {
  const out = { ...base } as Record<string, unknown>
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) out[k] = v
  return out as unknown as ActivityFields
}

/** Labels of the fields whose stored value changed: the audit detail of an update. */
function changedLabels(before: ActivityFields, after: ActivityFields): string[] {
  return (Object.keys(after) as (keyof ActivityFields)[])
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => activityFieldLabels[k] ?? k)
}

export const activitiesHandlers: DomainHandlers<
  | 'activities.list'
  | 'activities.get'
  | 'activities.create'
  | 'activities.update'
  | 'activities.delete'
  | 'activities.ofPerson'
> = {
  'activities.list': async (ctx, { page, pageSize, ...filter }) => {
    const { total, rows } = await listActivityRows(ctx.db, filter, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    })
    return { total, page, pageSize, items: await toActivities(ctx, rows) }
  },

  'activities.get': async (ctx, { id }) => {
    const row = await activityOr404(ctx, id)
    const [activity] = await toActivities(ctx, [row])
    const files = await attachmentsOf(ctx.db, 'activity', id)
    return { ...activity!, attachments: files.map(toAttachment) }
  },

  'activities.create': async (ctx, input) => {
    const siteId = await selfUnitId(ctx)
    const fields = merge(EMPTY, input)
    const columns = await activityColumns(ctx, fields, null)
    const id = uuidv7(ctx.clock.nowMs())
    const stamp = ctx.clock.hlc()
    await insertActivity(ctx.db, {
      id,
      site_id: siteId,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      ...columns,
    })
    ctx.note({ objectType: 'activity', objectId: id, detail: audit.created(fields.title) })
    const [created] = await toActivities(ctx, [await activityOr404(ctx, id)])
    return created!
  },

  'activities.update': async (ctx, { id, version, ...patch }) => {
    const row = await ownedActivity(ctx, id)
    if (version && version !== row.updated_at) throw new AppError('CONFLICT', msg.staleVersion)
    const before = activityFields(row)
    const columns = await activityColumns(ctx, merge(before, patch), row.type)
    const after = activityFields({ ...row, ...columns })
    const changed = changedLabels(before, after)
    if (changed.length) await updateActivity(ctx.db, row, columns, ctx.clock.hlc())
    ctx.note({ objectType: 'activity', objectId: id, detail: audit.updated(after.title, changed) })
    const [updated] = await toActivities(ctx, [await activityOr404(ctx, id)])
    return updated!
  },

  'activities.delete': async (ctx, { id }) => {
    const row = await ownedActivity(ctx, id)
    const stamp = ctx.clock.hlc()
    const removed = softDeleteParticipants(ctx.sqlite, participantKeys(ctx.sqlite, id, null), stamp)
    await softDeleteActivity(ctx.db, row, stamp)
    await detachFiles(ctx, 'activity', await attachmentsOf(ctx.db, 'activity', id), stamp)
    ctx.note({ objectType: 'activity', objectId: id, detail: audit.deleted(row.title, removed) })
    return null
  },

  'activities.ofPerson': (ctx, { personId }) => personActivities(ctx, personId),
}
