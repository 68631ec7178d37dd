import { describe, expect, it } from 'vitest'
import { windowOptions } from '../../electron/main/windowOptions'
import { t } from '../../shared/i18n'

describe('main window options', () => {
  const options = windowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false })

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('loads the CommonJS preload it is given', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs')
  })

  it('passes the devtools switch through', () => {
    expect(options.webPreferences?.devTools).toBe(false)
    expect(windowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true)
  })

  it('opens at 1366×768, no smaller than 1100×700, titled with the product name', () => {
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1100, minHeight: 700 })
    expect(options.title).toBe(t.common.appName)
  })
})
