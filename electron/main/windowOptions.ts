import type { BrowserWindowConstructorOptions } from 'electron'
import { common } from '../../shared/i18n/common'

export const WINDOW_SIZE = { width: 1366, height: 768 }
export const WINDOW_MIN_SIZE = { width: 1100, height: 700 }

/**
 * The one window's options. The renderer is untrusted: isolated, sandboxed, no Node, and
 * only the preload bridge between it and the core.
 */
export function windowOptions(opts: {
  preloadPath: string
  /** Off in installed builds: staff cannot be talked into pasting code into a console. */
  devTools: boolean
}): BrowserWindowConstructorOptions {
  return {
    ...WINDOW_SIZE,
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    title: common.appName,
    // Shown once the first paint is ready, so staff never see a blank white frame.
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: opts.devTools,
    },
  }
}
