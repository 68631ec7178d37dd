import { app, dialog, session, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { DatabaseOpenError } from '../../db/errors'
import { desktop } from '../../shared/i18n/desktop'
import { createCore, type Core } from '../core/core'
import { profileDirFor, resolveDataDir } from './dataDir'
import { serveWindow } from './ipcBridge'
import { bringToFront, createMainWindow } from './mainWindow'
import { guardNavigation } from './navigationGuard'
import { once } from './once'
import { createElectronPrintService, PrintWindows } from './printing'
import { rendererEntry } from './rendererUrl'
import { hardenSession } from './sessionSecurity'

/**
 * The desktop shell: one instance per data directory, one window, one core. Everything the
 * window may do goes through the preload bridge and the core's dispatcher.
 */

const mainDir = import.meta.dirname
const dataDir = resolveDataDir({
  argv: process.argv,
  env: process.env,
  userDataDir: app.getPath('userData'),
  cwd: process.cwd(),
})
const profile = profileDirFor(app.getPath('userData'), dataDir, process.platform)
if (profile) app.setPath('userData', profile)

app.enableSandbox()
if (process.platform === 'win32') app.setAppUserModelId('cn.xinlian.ledger')

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void start()
}

async function start(): Promise<void> {
  const entry = rendererEntry({ mainDir, env: process.env, isPackaged: app.isPackaged })
  const preloadPath = join(mainDir, '..', 'preload', 'index.cjs')
  let win: BrowserWindow | null = null
  let core: Core | null = null
  const printWindows = new PrintWindows()
  const print = createElectronPrintService({
    rendererUrl: entry.url,
    preloadPath,
    parent: () => win,
    windows: printWindows,
  })

  const closeCore = once(() => core?.close())
  app.on('second-instance', () => bringToFront(win))
  let quitBackupTaken = false
  app.on('before-quit', (event) => {
    if (quitBackupTaken || !core) return closeCore()
    // Quit waits for the on-quit backup, then goes on (this handler runs again).
    event.preventDefault()
    quitBackupTaken = true
    void core.backupOnQuit().finally(() => app.quit())
  })
  app.on('will-quit', closeCore)
  app.on('window-all-closed', () => app.quit())
  // Ctrl+C in the terminal that ran `npm start` quits like the close button does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit())
  app.on('web-contents-created', (_event, contents) =>
    guardNavigation(contents, entry.url, () => win),
  )

  try {
    ;[core] = await Promise.all([
      createCore({ dataDir, appVersion: app.getVersion(), shell: 'electron' }, {}, { print }),
      app.whenReady(),
    ])
  } catch (e) {
    await app.whenReady()
    const message = e instanceof DatabaseOpenError ? e.message : desktop.startFailed(String(e))
    dialog.showErrorBox(desktop.openFailedTitle, message)
    app.exit(1)
    return
  }

  // The dev server's hot reload needs inline scripts; the built page always carries the policy.
  hardenSession(session.defaultSession, { csp: entry.kind === 'file' })
  win = createMainWindow({
    entry,
    preloadPath,
    devTools: !app.isPackaged,
  })
  const stopServing = serveWindow(win, core, entry.url, printWindows)
  // Windows ends the session without before-quit: fold the WAL back while we still can.
  win.on('session-end', closeCore)
  win.on('closed', () => {
    stopServing()
    win = null
  })
}
