import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { installedElectronBinary } from '../../scripts/electronBinary.mjs'
import type { XinlianBridge } from '../../shared/contract/bridge'
import { t } from '../../shared/i18n'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const MAIN = join(ROOT, 'out', 'main', 'index.js')
const SKIP_REASON =
  'Electron binary not installed (Electron ≥ 42 downloads it on first use; run `npx install-electron` ' +
  'on a machine with internet) — desktop e2e suite skipped'

/** Variables that would point the app at a dev server, plain Node, or someone's real data. */
const INHERITED_BUT_NOT_OURS = ['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE', 'XINLIAN_DATA_DIR']

const binary = installedElectronBinary()
if (!binary) console.log(`[electron] ${SKIP_REASON}`)
test.skip(!binary, SKIP_REASON)

declare global {
  interface Window {
    api?: XinlianBridge
  }
}

let app: ElectronApplication
let page: Page
let dataDir: string
let closed: Promise<void> | null = null

/** Closes the app once, whether a test or the teardown asks first. */
function quit(): Promise<void> {
  return (closed ??= app.close())
}

test.beforeEach(async () => {
  if (!existsSync(MAIN))
    throw new Error('out/main/index.js missing: run `npx electron-vite build` first')
  dataDir = mkdtempSync(join(tmpdir(), 'xinlian-electron-'))
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !INHERITED_BUT_NOT_OURS.includes(k)) env[k] = v
  }
  closed = null
  app = await electron.launch({ args: [ROOT, '--data-dir', dataDir], cwd: ROOT, env })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterEach(async () => {
  if (app) await quit()
  rmSync(dataDir, { recursive: true, force: true })
})

test('one window titled with the product name, hardened web preferences', async () => {
  expect(await page.title()).toBe(t.common.appName)
  const win = await app.evaluate(({ BrowserWindow }) => {
    const all = BrowserWindow.getAllWindows()
    // Undocumented but present at run time: the preferences the renderer was really given.
    const contents = all[0]!.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null
    }
    const prefs = contents.getLastWebPreferences()
    return {
      count: all.length,
      title: all[0]!.getTitle(),
      contextIsolation: prefs?.contextIsolation,
      sandbox: prefs?.sandbox,
      nodeIntegration: prefs?.nodeIntegration,
      webSecurity: prefs?.webSecurity,
    }
  })
  expect(win).toEqual({
    count: 1,
    title: t.common.appName,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  })
})

test('the page sees window.api with invoke and on only, and no Node', async () => {
  const seen = await page.evaluate(() => ({
    api: Object.keys(window.api ?? {}).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }))
  expect(seen).toEqual({
    api: ['invoke', 'on'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  })
})

test('a fresh data directory opens on the setup screen', async () => {
  await expect(page.getByRole('heading', { name: t.auth.setupTitle })).toBeVisible()
  expect(existsSync(join(dataDir, 'xinlian.db'))).toBe(true)
})

test('an IPC call reaches the core', async () => {
  const status = await page.evaluate(() => window.api!.invoke('system.status', {}))
  expect(status).toMatchObject({ ok: true, value: { shell: 'electron', initialized: false } })
  const bad = await page.evaluate(() => window.api!.invoke('system.status', { extra: 1 }))
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
})

test('window.open and navigation away are blocked', async () => {
  const before = page.url()
  const opened = await page.evaluate(() => window.open('about:blank') === null)
  expect(opened).toBe(true)
  await page.evaluate(() => {
    location.href = 'file:///etc/hostname'
  })
  await page.waitForTimeout(500)
  expect(app.windows()).toHaveLength(1)
  expect(page.url()).toBe(before)
})

test('permission requests are denied', async () => {
  const state = await page.evaluate(
    async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
  )
  expect(state).toBe('denied')
})

test('quitting closes the database cleanly', async () => {
  await page.evaluate(() => window.api!.invoke('system.status', {}))
  await quit()
  expect(existsSync(join(dataDir, 'xinlian.db'))).toBe(true)
  expect(existsSync(join(dataDir, 'xinlian.db-wal'))).toBe(false)
})
