import { app, BrowserWindow, dialog, type WebContents } from 'electron'
import { join } from 'node:path'
import { localToday } from '../../shared/dates/calendar'
import { print as text } from '../../shared/i18n/print'
import { AppError } from '../core/appError'
import { writeBytesSafely, writeFailure } from '../services/files/safeWrite'
import { pdfOptions, printerOptions } from '../services/print/chromiumOptions'
import { pdfFileName } from '../services/print/pdfFileName'
import type { PrintOptions, PrintService } from '../services/print/printService'
import { printerList } from '../services/print/printerList'
import { printWindowUrl } from '../services/print/printWindowUrl'
import { waitForReady } from '../services/print/waitForReady'
import { windowOptions } from './windowOptions'

/**
 * The hidden windows that are rendering a print route right now. The IPC bridge serves them
 * with the main window's session (they show what the signed-in user asked to print), and
 * only while they exist.
 */
export class PrintWindows {
  private readonly live = new Set<WebContents>()
  has(contents: WebContents): boolean {
    return this.live.has(contents)
  }
  add(contents: WebContents): void {
    this.live.add(contents)
  }
  delete(contents: WebContents): void {
    this.live.delete(contents)
  }
}

/** A4 at 96 dpi: the window is as wide as the sheet, so nothing reflows between preview and paper. */
const SHEET_PX = { short: 794, long: 1123 }
const RENDER_TIMEOUT_MS = 60_000

/**
 * Printing in the desktop app: a hidden window with the main window's preload and session
 * loads the print route, waits until it says its pages are laid out, then Chromium prints
 * it (system dialog, printer preselected) or writes a PDF where the user chose.
 */
export function createElectronPrintService(opts: {
  rendererUrl: string
  preloadPath: string
  /** The main window: parent of dialogs, source of the printer list. */
  parent: () => BrowserWindow | null
  windows: PrintWindows
}): PrintService {
  async function withPrintWindow<T>(
    route: string,
    options: PrintOptions,
    job: (contents: WebContents) => Promise<T>,
  ): Promise<T> {
    const url = printWindowUrl(opts.rendererUrl, route)
    const win = new BrowserWindow({
      ...windowOptions({ preloadPath: opts.preloadPath, devTools: false }),
      show: false,
      width: options.landscape ? SHEET_PX.long : SHEET_PX.short,
      height: options.landscape ? SHEET_PX.short : SHEET_PX.long,
      minWidth: 0,
      minHeight: 0,
      title: options.title,
    })
    const contents = win.webContents
    opts.windows.add(contents)
    try {
      await win.loadURL(url)
      const state = await waitForReady(
        () => contents.executeJavaScript('document.documentElement.dataset.printState ?? null'),
        { timeoutMs: RENDER_TIMEOUT_MS, intervalMs: 150 },
      )
      if (state === 'timeout') throw new AppError('IO_ERROR', text.renderTimeout)
      if (state === 'error') throw new AppError('IO_ERROR', text.renderFailed)
      return await job(contents)
    } finally {
      opts.windows.delete(contents)
      if (!win.isDestroyed()) win.destroy()
    }
  }

  return {
    async listPrinters() {
      const parent = opts.parent()
      if (!parent || parent.isDestroyed()) return []
      return printerList(await parent.webContents.getPrintersAsync())
    },

    print(route, options) {
      return withPrintWindow(
        route,
        options,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print(printerOptions(options), (success, failureReason) => {
              if (success) resolve(true)
              // Closing the dialog is a choice, not a failure.
              else if (/cancel/i.test(failureReason)) resolve(false)
              else reject(new Error(failureReason))
            })
          }),
      )
    },

    async saveAsPdf(route, options) {
      const parent = opts.parent()
      const dialogOptions = {
        title: text.pdfDialogTitle,
        defaultPath: join(app.getPath('documents'), pdfFileName(options.title, localToday())),
        filters: [{ name: text.pdfFilter, extensions: ['pdf'] }],
      }
      const choice =
        parent && !parent.isDestroyed()
          ? await dialog.showSaveDialog(parent, dialogOptions)
          : await dialog.showSaveDialog(dialogOptions)
      if (choice.canceled || !choice.filePath) return null
      const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`
      const pdf = await withPrintWindow(route, options, (contents) =>
        contents.printToPDF(pdfOptions(options)),
      )
      // The save dialog asked before replacing a file; a link is still never followed.
      try {
        writeBytesSafely(path, pdf, { extension: '.pdf', overwrite: true })
      } catch (e) {
        throw writeFailure(e, path)
      }
      return path
    },
  }
}
