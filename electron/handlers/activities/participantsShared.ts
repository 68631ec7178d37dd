import {
  insertParticipants,
  maxSeq,
  participantPersonIds,
  attendanceCounts,
} from '../../../db/repos/participants'
import type { ActivityRow } from '../../../db/repos/activities'
import type { AttendanceSummary, ParticipantRole } from '../../../shared/contract/activities'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import type { HandlerContext } from '../../core/context'
import { attendanceSummary } from './activitiesShared'

export function summaryOf(ctx: HandlerContext, activity: ActivityRow): AttendanceSummary {
  return attendanceSummary(
    attendanceCounts(ctx.sqlite, [activity.id]).get(activity.id),
    activity.actual_count,
  )
}

/**
 * Puts persons on an activity's list in the order given, numbering them after the last 序号
 * (numbers already printed never move). Persons already on the list are skipped. One
 * compiled statement for the rows and one for the change log, in the request's transaction.
 */
export function appendParticipants(
  ctx: HandlerContext,
  activity: ActivityRow,
  personIds: readonly string[],
  role: ParticipantRole,
): { added: number; skipped: number } {
  const unique = [...new Set(personIds)]
  const present = participantPersonIds(ctx.sqlite, activity.id)
  const fresh = unique.filter((id) => !present.has(id))
  const first = maxSeq(ctx.sqlite, activity.id) + 1
  const stamp = ctx.clock.hlc()
  const now = ctx.clock.nowMs()
  insertParticipants(
    ctx.sqlite,
    fresh.map((personId, i) => ({
      id: uuidv7(now),
      site_id: activity.site_id,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
      activity_id: activity.id,
      person_id: personId,
      seq: first + i,
      role,
      attendance: 'registered',
      remarks: null,
    })),
  )
  return { added: fresh.length, skipped: unique.length - fresh.length }
}
