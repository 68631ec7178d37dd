import type { PrinterChoice, PrintOptions } from './printService'

/**
 * Options for Chromium's print and PDF output. The print views lay out whole A4 sheets
 * themselves (their margins are part of the page), so Chromium adds no margins, headers or
 * footers of its own; the page size comes from the route's CSS `@page`.
 */
export function pdfOptions(options: PrintOptions) {
  return {
    pageSize: 'A4' as const,
    landscape: options.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  }
}

export function printerOptions(options: PrinterChoice) {
  return {
    silent: false,
    printBackground: true,
    landscape: options.landscape,
    pageSize: 'A4' as const,
    margins: { marginType: 'none' as const },
    header: '',
    footer: '',
    ...(options.deviceName ? { deviceName: options.deviceName } : {}),
  }
}
