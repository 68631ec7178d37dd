import { membershipsOfOrganizations } from '../../../db/repos/memberships'
import {
  listParticipantRows,
  participantKeys,
  setParticipantColumn,
  softDeleteParticipants,
} from '../../../db/repos/participants'
import { livePersonIds } from '../../../db/repos/participantsPersonLookup'
import { type AttendanceStatus, type ParticipantRole } from '../../../shared/contract/activities'
import { BULK_PERSON_LIMIT } from '../../../shared/contract/organizations'
import {
  activityAuditText as audit,
  activityMessages as msg,
  participantRoleNames,
} from '../../../shared/i18n/activities'
import { maskPhone } from '../../../shared/privacy/mask'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { personIdsByFilter } from '../../services/attendance/personsByFilter'
import { activityOr404, ownedActivity } from './activitiesShared'
import { toMemberships } from '../organizations/organizationsMembers'
import { loadForest } from '../organizations/organizationsShared'
import { appendParticipants, summaryOf } from './participantsShared'
import { todayOf } from '../persons/personsShared'

/** The rows named by `ids`, all of which must be on this activity's list. */
export function keysOrFail(ctx: HandlerContext, activityId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)]
  const rows = participantKeys(ctx.sqlite, activityId, unique)
  if (rows.length !== unique.length)
    throw new AppError('BAD_INPUT', msg.participantMissing(unique.length - rows.length))
  return rows
}

export const participantsHandlers: DomainHandlers<
  | 'participants.list'
  | 'participants.add'
  | 'participants.addByFilter'
  | 'participants.addFromOrganization'
  | 'participants.remove'
  | 'participants.setRole'
> = {
  'participants.list': async (ctx, { activityId }) => {
    const activity = await activityOr404(ctx, activityId)
    const items = listParticipantRows(ctx.sqlite, activityId).map((r) => ({
      id: r.id,
      seq: r.seq,
      personId: r.person_id,
      name: r.name,
      sex: r.sex,
      employer: r.employer,
      jobTitle: r.job_title,
      phone: r.phone ? maskPhone(r.phone) : null,
      township: r.township,
      team: r.team,
      role: r.role as ParticipantRole,
      attendance: r.attendance as AttendanceStatus,
      remarks: r.remarks,
    }))
    return { activityId, summary: summaryOf(ctx, activity), items }
  },

  'participants.add': async (ctx, { activityId, personIds, role }) => {
    const activity = await ownedActivity(ctx, activityId)
    const unique = [...new Set(personIds)]
    const live = livePersonIds(ctx.sqlite, unique)
    if (live.size !== unique.length)
      throw new AppError('BAD_INPUT', msg.personMissing(unique.length - live.size))
    const { added, skipped } = appendParticipants(ctx, activity, unique, role)
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.participantsAdded(activity.title, added, skipped, audit.bySearch),
    })
    return { matched: unique.length, added, skipped, summary: summaryOf(ctx, activity) }
  },

  'participants.addByFilter': async (ctx, { activityId, filter, role }) => {
    const activity = await ownedActivity(ctx, activityId)
    const found = personIdsByFilter(ctx.sqlite, filter, todayOf(ctx), BULK_PERSON_LIMIT)
    if (!found.ids) throw new AppError('BAD_INPUT', msg.tooMany(BULK_PERSON_LIMIT))
    const { added, skipped } = appendParticipants(ctx, activity, found.ids, role)
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.participantsAdded(activity.title, added, skipped, audit.byFilter),
    })
    return { matched: found.ids.length, added, skipped, summary: summaryOf(ctx, activity) }
  },

  'participants.addFromOrganization': async (ctx, input) => {
    const activity = await ownedActivity(ctx, input.activityId)
    const forest = await loadForest(ctx)
    const org = forest.byId.get(input.organizationId)
    if (!org) throw new AppError('NOT_FOUND')
    const ids = input.includeBranches ? forest.subtree(org.id) : [org.id]
    const rows = membershipsOfOrganizations(ctx.sqlite, ids, {
      includeEnded: false,
      today: todayOf(ctx),
    })
    // Officers first, as a meeting's list reads.
    const members = (await toMemberships(ctx, forest, rows)).filter(
      (m) => !input.posts?.length || input.posts.includes(m.post),
    )
    const personIds = [...new Set(members.map((m) => m.personId))]
    if (personIds.length > BULK_PERSON_LIMIT)
      throw new AppError('BAD_INPUT', msg.tooMany(BULK_PERSON_LIMIT))
    const { added, skipped } = appendParticipants(ctx, activity, personIds, input.role)
    ctx.note({
      objectType: 'activity',
      objectId: activity.id,
      detail: audit.participantsAdded(
        activity.title,
        added,
        skipped,
        audit.byOrganization(org.name),
      ),
    })
    return { matched: personIds.length, added, skipped, summary: summaryOf(ctx, activity) }
  },

  'participants.remove': async (ctx, { activityId, ids }) => {
    const activity = await ownedActivity(ctx, activityId)
    const rows = keysOrFail(ctx, activityId, ids)
    const changed = softDeleteParticipants(ctx.sqlite, rows, ctx.clock.hlc())
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.participantsRemoved(activity.title, changed),
    })
    return { changed, summary: summaryOf(ctx, activity) }
  },

  'participants.setRole': async (ctx, { activityId, ids, role }) => {
    const activity = await ownedActivity(ctx, activityId)
    const rows = keysOrFail(ctx, activityId, ids)
    const changed = setParticipantColumn(ctx.sqlite, rows, 'role', role, ctx.clock.hlc())
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.roleSet(activity.title, changed, participantRoleNames[role]!),
    })
    return { changed, summary: summaryOf(ctx, activity) }
  },
}
