import type { DomainHandlers } from '../../core/handlerTypes'

export const workHandlers: DomainHandlers<'work.cancel'> = {
  'work.cancel': (ctx, { jobId }) => ctx.jobs.cancel(ctx.session, jobId),
}
