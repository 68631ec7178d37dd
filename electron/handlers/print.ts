import { print as text } from '../../shared/i18n/print'
import { AppError } from '../core/appError'
import type { HandlerContext } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import type { PrintService } from '../services/print/printService'

/** The shell's print service; the web shell and the CLI have none. */
function service(ctx: HandlerContext): PrintService {
  if (!ctx.print) throw new AppError('UNSUPPORTED', text.unsupported)
  return ctx.print
}

/** Chromium's own failures carry English text: the user gets ours, the log keeps theirs. */
async function attempt<T>(ctx: HandlerContext, what: string, job: () => Promise<T>): Promise<T> {
  try {
    return await job()
  } catch (e) {
    if (e instanceof AppError) throw e
    ctx.log.error(`${what} failed`, e)
    throw new AppError('IO_ERROR', what === 'print.pdf' ? text.pdfFailed : text.failed)
  }
}

export const printHandlers: DomainHandlers<'print.printers' | 'print.print' | 'print.pdf'> = {
  'print.printers': (ctx) => service(ctx).listPrinters(),

  'print.print': async (ctx, { route, landscape, title, deviceName }) => {
    const s = service(ctx)
    const printed = await attempt(ctx, 'print.print', () =>
      s.print(route, { landscape, title, ...(deviceName ? { deviceName } : {}) }),
    )
    return { printed }
  },

  'print.pdf': async (ctx, { route, landscape, title }) => {
    const s = service(ctx)
    const path = await attempt(ctx, 'print.pdf', () => s.saveAsPdf(route, { landscape, title }))
    return { path }
  },
}
