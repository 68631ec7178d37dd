import type { ReportingTasksTable } from '../../../../db/schema'
import type {
  ReportingTask,
  ReportingTasks,
  TaskInclude,
  TaskState,
} from '../../../../shared/contract/downward'
import type { UnitInfo } from '../../../../shared/contract/system'
import { localToday } from '../../../../shared/dates/calendar'
import { downwardText as msg } from '../../../../shared/i18n/downward'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import { daysFrom } from '../../../../shared/statistics/days'
import { AppError } from '../../../core/appError'
import type { HandlerContext } from '../../../core/context'

/** A package the upper unit acknowledged: the task it answers is done. */
const ACKNOWLEDGED = new Set(['received', 'receivedWithWarnings', 'reviewed'])

function stateOf(
  task: ReportingTasksTable,
  sent: { receiver_code: string; period: string; status: string }[],
): TaskState {
  const mine = sent.filter((p) => p.receiver_code === task.issuer_code && p.period === task.period)
  if (mine.some((p) => ACKNOWLEDGED.has(p.status))) return 'done'
  // A returned or refused package leaves the period to be sent again.
  if (mine.some((p) => p.status === 'generated')) return 'sent'
  return 'open'
}

/** Every live task: those this unit set, and those received from its upper unit. */
export async function reportingTasks(ctx: HandlerContext, self: UnitInfo): Promise<ReportingTasks> {
  const today = localToday(new Date(ctx.clock.nowMs()))
  const rows = await ctx.db
    .selectFrom('reporting_tasks')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('deadline')
    .orderBy('period')
    .execute()
  const sent = await ctx.db
    .selectFrom('packages')
    .select(['receiver_code', 'period', 'status'])
    .where('direction', '=', 'sent')
    .execute()
  const tasks = rows.map((r): ReportingTask => {
    const own = r.issuer_code === self.code
    return {
      id: r.id,
      issuer: { code: r.issuer_code, name: r.issuer_name },
      own,
      period: r.period,
      deadline: r.deadline,
      includes: JSON.parse(r.includes) as TaskInclude[],
      note: r.note,
      state: own ? null : stateOf(r, sent),
      daysLeft: daysFrom(today, r.deadline),
    }
  })
  const next = tasks.find((t) => t.state === 'open' || t.state === 'sent') ?? null
  return { today, tasks, next }
}

export async function saveTask(
  ctx: HandlerContext,
  self: UnitInfo,
  input: {
    id?: string | undefined
    period: string
    deadline: string
    includes: TaskInclude[]
    note?: string | null | undefined
  },
): Promise<ReportingTask> {
  const now = ctx.clock.hlc()
  const current = input.id
    ? await ctx.db
        .selectFrom('reporting_tasks')
        .selectAll()
        .where('id', '=', input.id)
        .where('issuer_code', '=', self.code)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()
    : undefined
  if (input.id && !current) throw new AppError('NOT_FOUND', msg.taskNotFound)
  const taken = await ctx.db
    .selectFrom('reporting_tasks')
    .select('id')
    .where('issuer_code', '=', self.code)
    .where('period', '=', input.period)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (taken && taken.id !== input.id)
    throw new AppError('CONFLICT', msg.taskPeriodTaken(input.period))
  const values = {
    period: input.period,
    deadline: input.deadline,
    includes: JSON.stringify(input.includes),
    note: input.note || null,
    updated_at: now,
  }
  const id = current?.id ?? uuidv7(ctx.clock.nowMs())
  if (current) {
    await ctx.db.updateTable('reporting_tasks').set(values).where('id', '=', id).execute()
  } else {
    await ctx.db
      .insertInto('reporting_tasks')
      .values({
        id,
        issuer_code: self.code,
        issuer_name: self.name,
        created_at: now,
        deleted_at: null,
        ...values,
      })
      .execute()
  }
  ctx.note({
    objectType: 'reporting_task',
    objectId: id,
    detail: msg.audit.taskSaved(input.period, input.deadline),
  })
  return (await reportingTasks(ctx, self)).tasks.find((t) => t.id === id)!
}

/** A deletion is kept as a tombstone, so the next downward package takes it down too. */
export async function deleteTask(ctx: HandlerContext, self: UnitInfo, id: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('reporting_tasks')
    .selectAll()
    .where('id', '=', id)
    .where('issuer_code', '=', self.code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', msg.taskNotFound)
  const now = ctx.clock.hlc()
  await ctx.db
    .updateTable('reporting_tasks')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .execute()
  ctx.note({
    objectType: 'reporting_task',
    objectId: id,
    detail: msg.audit.taskDeleted(row.period),
  })
}
