import type { DownwardPackageItem } from '../../../shared/contract/downward'
import { downwardText as msg } from '../../../shared/i18n/downward'
import type { DomainHandlers } from '../../core/handlerTypes'
import { exportDownward } from '../../services/packages/downward/exportDownward'
import { importDownward } from '../../services/packages/downward/importDownward'
import { deleteTask, reportingTasks, saveTask } from '../../services/packages/downward/tasks'
import { selfUnitOr500 } from '../units/units'

export const downwardHandlers: DomainHandlers<
  | 'downward.tasks'
  | 'downward.saveTask'
  | 'downward.deleteTask'
  | 'downward.export'
  | 'downward.import'
  | 'downward.list'
> = {
  'downward.tasks': async (ctx) => reportingTasks(ctx, await selfUnitOr500(ctx)),

  'downward.saveTask': async (ctx, input) => saveTask(ctx, await selfUnitOr500(ctx), input),

  'downward.deleteTask': async (ctx, { id }) => {
    await deleteTask(ctx, await selfUnitOr500(ctx), id)
    return null
  },

  'downward.export': async (ctx, input) => exportDownward(ctx, await selfUnitOr500(ctx), input),

  'downward.import': async (ctx, { data, fileName, dryRun }) => {
    const outcome = await importDownward(
      ctx,
      await selfUnitOr500(ctx),
      Buffer.from(data, 'base64'),
      {
        dryRun,
        fileName,
      },
    )
    const from = outcome.sender ? `${outcome.sender.code} ${outcome.sender.name}` : ''
    ctx.note({
      objectType: 'package',
      objectId: outcome.packageId ?? undefined,
      detail:
        outcome.status === 'refused'
          ? msg.audit.refused(fileName, outcome.reason ?? '')
          : outcome.status === 'applied'
            ? msg.audit.imported(from, fileName)
            : outcome.status === 'preview'
              ? msg.audit.previewed(fileName)
              : msg.audit.again(fileName),
    })
    return outcome
  },

  'downward.list': async (ctx) => {
    const rows = await ctx.db
      .selectFrom('downward_packages')
      .selectAll()
      .orderBy('created_at', 'desc')
      .execute()
    return rows.map((r): DownwardPackageItem => ({
      packageId: r.id,
      direction: r.direction,
      otherUnit: { code: r.other_code, name: r.other_name },
      fileName: r.file_name,
      createdAt: r.created_at,
      appliedAt: r.applied_at,
      minAppVersion: r.min_app_version,
      counts: JSON.parse(r.counts) as Record<string, number>,
    }))
  },
}
