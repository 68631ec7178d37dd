import { z } from 'zod'
import { procedure } from './procedure'

/** A printer as the desktop shell lists it. */
export interface PrinterInfo {
  name: string
  displayName: string
  isDefault: boolean
}

export interface PrintOutcome {
  /** False when the user closed the print dialog without printing. */
  printed: boolean
}

export interface PdfOutcome {
  /** Where the PDF was written; null when the save dialog was cancelled. */
  path: string | null
}

/**
 * The print routes a shell may load for printing (`#/print/sign-in/<id>`, `#/print/roster?…`,
 * `#/print/ledger/<year>`, `#/print/person/<id>`, `#/print/status-board?period=…`): nothing else of the app, and nothing that
 * could leave the page (no scheme, no whitespace).
 */
export const PRINT_ROUTE_PATTERN =
  /^\/print\/(sign-in|roster|ledger|suggestion-ledger|person|report|key-registration|status-board|recovery-key)([/?][^\s#\\]*)?$/

const printRouteField = z.string().max(4000).regex(PRINT_ROUTE_PATTERN)

const jobShape = {
  route: printRouteField,
  /** From the document model: 花名册 and 台账 are landscape. */
  landscape: z.boolean(),
  /** The document's title, for the print queue and the suggested file name. */
  title: z.string().trim().min(1).max(100),
}

/**
 * Printing and Save as PDF through the desktop shell: a hidden window renders the print route
 * and Chromium prints it. Other shells answer UNSUPPORTED; the renderer then prints itself
 * (window.print(), whose dialog also saves PDF). `detached`: a print dialog may stay open
 * for minutes, and the hidden window calls the core meanwhile.
 */
export const printContract = {
  'print.printers': procedure<PrinterInfo[]>()({
    input: z.strictObject({}),
    access: 'viewer',
    detached: true,
  }),
  'print.print': procedure<PrintOutcome>()({
    input: z.strictObject({
      ...jobShape,
      /** Preselected in the print dialog; the system default when left out. */
      deviceName: z.string().max(200).optional(),
    }),
    access: 'viewer',
    detached: true,
  }),
  'print.pdf': procedure<PdfOutcome>()({
    input: z.strictObject(jobShape),
    access: 'viewer',
    detached: true,
  }),
}
