import type { DocumentKind, SystemStatus } from '../../../shared/contract'
import { ApiCallError, call } from '../api/client'

export interface PrintJob {
  kind: DocumentKind
  /** The print route with its options, as the hash shows it. */
  route: string
  landscape: boolean
  title: string
  pages: number
  masked: boolean
  objectId?: string
}

/** What happened: sent to the printer, saved, cancelled, or handed to the browser's dialog. */
export type PrintResult =
  | { kind: 'printed' }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'browser' }

/**
 * The desktop app prints through the core's print service (a hidden window, the printer
 * chosen here). Elsewhere, or when the core says it cannot, the browser's own dialog does
 * both: it prints, and its 另存为 PDF destination saves.
 */
async function viaShell<T>(shell: SystemStatus['shell'], job: () => Promise<T>): Promise<T | null> {
  if (shell !== 'electron') return null
  try {
    return await job()
  } catch (e) {
    if (e instanceof ApiCallError && e.code === 'UNSUPPORTED') return null
    throw e
  }
}

function browserPrint(): PrintResult {
  window.print()
  return { kind: 'browser' }
}

/** Every print and PDF is recorded (who, what, masked or not, how many pages). */
async function record(job: PrintJob, output: 'printer' | 'pdf'): Promise<void> {
  await call('documents.recordOutput', {
    document: job.kind,
    ...(job.objectId ? { objectId: job.objectId.slice(0, 64) } : {}),
    title: job.title.slice(0, 100),
    masked: job.masked,
    pages: Math.max(1, job.pages),
    output,
  })
}

export async function printJob(
  job: PrintJob,
  shell: SystemStatus['shell'],
  deviceName?: string,
): Promise<PrintResult> {
  const outcome = await viaShell(shell, () =>
    call('print.print', {
      route: job.route,
      landscape: job.landscape,
      title: job.title.slice(0, 100),
      ...(deviceName ? { deviceName } : {}),
    }),
  )
  const result: PrintResult = outcome
    ? outcome.printed
      ? { kind: 'printed' }
      : { kind: 'cancelled' }
    : browserPrint()
  if (result.kind !== 'cancelled') await record(job, 'printer')
  return result
}

export async function savePdf(job: PrintJob, shell: SystemStatus['shell']): Promise<PrintResult> {
  const outcome = await viaShell(shell, () =>
    call('print.pdf', {
      route: job.route,
      landscape: job.landscape,
      title: job.title.slice(0, 100),
    }),
  )
  const result: PrintResult = outcome
    ? outcome.path
      ? { kind: 'saved', path: outcome.path }
      : { kind: 'cancelled' }
    : browserPrint()
  if (result.kind !== 'cancelled') await record(job, 'pdf')
  return result
}

export async function listPrinters(shell: SystemStatus['shell']) {
  return (await viaShell(shell, () => call('print.printers', {}))) ?? []
}
