import type { PrinterInfo } from '../../../shared/contract/print'

/** What every print job carries: the print route and how the page lies. */
export interface PrintOptions {
  landscape: boolean
  /** The document's title: the print queue's job name and the suggested PDF file name. */
  title: string
}

export interface PrinterChoice extends PrintOptions {
  /** Preselected in the system print dialog; the default printer when left out. */
  deviceName?: string
}

/**
 * Printing as the core sees it: a shell that can print hands one in (the desktop app renders
 * the route in a hidden window); shells that cannot leave it out and the print procedures
 * answer UNSUPPORTED. Nothing here knows Electron.
 */
export interface PrintService {
  listPrinters(): Promise<PrinterInfo[]>
  /** Shows the system print dialog for the route; false when the user cancels it. */
  print(route: string, options: PrinterChoice): Promise<boolean>
  /** Asks where to save, writes the PDF and answers its path; null when cancelled. */
  saveAsPdf(route: string, options: PrintOptions): Promise<string | null>
}
