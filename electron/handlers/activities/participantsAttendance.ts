import {
  listParticipantRows,
  participantKeys,
  renumberParticipants,
  setParticipantColumn,
} from '../../../db/repos/participants'
import { formatSeqList, parseSeqList } from '../../../shared/attendance/parseSeqList'
import {
  activityAuditText as audit,
  activityMessages as msg,
  attendanceNames,
  seqListMessages,
} from '../../../shared/i18n/activities'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import type { ActivityRow } from '../../../db/repos/activities'
import type { AttendanceStatus } from '../../../shared/contract/activities'
import { ownedActivity } from './activitiesShared'
import { keysOrFail } from './participants'
import { summaryOf } from './participantsShared'

/** Attendance is what happened at an activity: a cancelled one has none to record. */
async function attendable(ctx: HandlerContext, activityId: string): Promise<ActivityRow> {
  const activity = await ownedActivity(ctx, activityId)
  if (activity.status === 'cancelled') throw new AppError('CONFLICT', msg.cancelledNoAttendance)
  return activity
}

/** Sets the attendance of these participants, audited once for the activity. */
function setAttendanceOf(
  ctx: HandlerContext,
  activity: ActivityRow,
  rows: Parameters<typeof setParticipantColumn>[1],
  attendance: AttendanceStatus,
) {
  const changed = setParticipantColumn(ctx.sqlite, rows, 'attendance', attendance, ctx.clock.hlc())
  ctx.note({
    objectType: 'activity',
    objectId: activity.id,
    detail: audit.attendanceSet(activity.title, changed, attendanceNames[attendance]!),
  })
  return { changed, summary: summaryOf(ctx, activity) }
}

export const participantsAttendanceHandlers: DomainHandlers<
  | 'participants.setAttendance'
  | 'participants.setAllAttendance'
  | 'participants.markBySeq'
  | 'participants.renumber'
> = {
  'participants.setAttendance': async (ctx, { activityId, ids, attendance }) => {
    const activity = await attendable(ctx, activityId)
    const rows = keysOrFail(ctx, activityId, ids)
    return setAttendanceOf(ctx, activity, rows, attendance)
  },

  'participants.setAllAttendance': async (ctx, { activityId, attendance, onlyRegistered }) => {
    const activity = await attendable(ctx, activityId)
    const rows = participantKeys(ctx.sqlite, activityId, null).filter(
      (r) => !onlyRegistered || r.attendance === 'registered',
    )
    return setAttendanceOf(ctx, activity, rows, attendance)
  },

  'participants.markBySeq': async (ctx, { activityId, text, attendance, othersAs }) => {
    const activity = await attendable(ctx, activityId)
    // The printed sheet: listed participants (live persons), by 序号.
    const listed = listParticipantRows(ctx.sqlite, activityId)
    if (listed.length === 0) throw new AppError('CONFLICT', msg.noParticipants)
    const bySeq = new Map(listed.map((r) => [r.seq, r]))
    const parsed = parseSeqList(text, listed[listed.length - 1]!.seq)
    const issues = parsed.issues.map((i) => ({ path: 'text', message: i.message }))
    // Gaps left by removed participants are numbers the sheet may not have printed.
    const gaps = parsed.seqs.filter((s) => !bySeq.has(s))
    if (gaps.length)
      issues.push({ path: 'text', message: seqListMessages.notOnSheet(formatSeqList(gaps)) })
    if (issues.length) {
      throw new AppError(
        'BAD_INPUT',
        [msg.seqProblems(issues.length), ...issues.map((i) => i.message)].join('；'),
        issues,
      )
    }
    const chosen = new Set(parsed.seqs)
    const keys = participantKeys(
      ctx.sqlite,
      activityId,
      listed.map((r) => r.id),
    )
    const stamp = ctx.clock.hlc()
    let changed = setParticipantColumn(
      ctx.sqlite,
      keys.filter((k) => chosen.has(k.seq)),
      'attendance',
      attendance,
      stamp,
    )
    if (othersAs)
      changed += setParticipantColumn(
        ctx.sqlite,
        // Only those not yet marked: earlier batches typed from the sheet stay as they are.
        keys.filter((k) => !chosen.has(k.seq) && k.attendance === 'registered'),
        'attendance',
        othersAs,
        stamp,
      )
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.attendanceBySeq(
        activity.title,
        text,
        parsed.seqs.length,
        attendanceNames[attendance]!,
      ),
    })
    return {
      changed,
      seqs: parsed.seqs,
      duplicates: parsed.duplicates,
      summary: summaryOf(ctx, activity),
    }
  },

  'participants.renumber': async (ctx, { activityId }) => {
    const activity = await ownedActivity(ctx, activityId)
    // Rows of binned persons keep their place at the end, after everyone listed.
    const listed = new Set(listParticipantRows(ctx.sqlite, activityId).map((r) => r.id))
    const rows = participantKeys(ctx.sqlite, activityId, null).sort(
      (a, b) => Number(!listed.has(a.id)) - Number(!listed.has(b.id)) || a.seq - b.seq,
    )
    const changed = renumberParticipants(ctx.sqlite, rows, ctx.clock.hlc())
    ctx.note({
      objectType: 'activity',
      objectId: activityId,
      detail: audit.renumbered(activity.title, changed),
    })
    return { changed, summary: summaryOf(ctx, activity) }
  },
}
