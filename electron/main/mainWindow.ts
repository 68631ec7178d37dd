import { BrowserWindow } from 'electron'
import type { RendererEntry } from './rendererUrl'
import { windowOptions } from './windowOptions'

/** The app's one window, shown once it has painted. */
export function createMainWindow(opts: {
  entry: RendererEntry
  preloadPath: string
  devTools: boolean
}): BrowserWindow {
  const win = new BrowserWindow(
    windowOptions({ preloadPath: opts.preloadPath, devTools: opts.devTools }),
  )
  win.once('ready-to-show', () => win.show())
  // The page's <title> may change per route; the window keeps the product name.
  win.on('page-title-updated', (event) => event.preventDefault())
  if (opts.entry.kind === 'file') void win.loadFile(opts.entry.path)
  else void win.loadURL(opts.entry.url)
  return win
}

/** A second launch brings the existing window back instead of opening another writer. */
export function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  if (!win.isVisible()) win.show()
  win.focus()
}
