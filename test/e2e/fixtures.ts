import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SessionSlot } from '../../electron/core/session'
import { launchWebShell, type LaunchedWebShell } from '../../electron/web/launch'
import type { ScryptParams } from '../../electron/services/auth/password'
import { TEST_SCRYPT } from '../../electron/services/auth/testScrypt'
import { HTTP_SESSION_HEADER } from '../../shared/contract/transport'
import { PAGE_CREDENTIAL_KEY } from '../../renderer/src/api/pageCredential'
import type { Input, Method, Output } from '../../shared/contract'

export const ADMIN = { username: 'admin', displayName: '王管理', password: 'Passw0rd-admin' }
export const UNIT = { code: '330624', name: '新昌县委统战部' }

interface Fixtures {
  /** A fresh data directory served by the real web shell, one per test. */
  app: LaunchedWebShell & { dataDir: string }
  /**
   * The scrypt cost passwords and key slots are made at: the tests' cheap one, so that each
   * setup and sign-in does not spend seconds of a 2-core machine; data-at-rest.spec asks for
   * the production cost (undefined), as a user meets it.
   */
  scrypt: ScryptParams | undefined
}

/** A web shell on `dataDir` at the tests' scrypt cost, for specs that run several offices. */
export function launchTestShell(dataDir: string): Promise<LaunchedWebShell> {
  return launchWebShell({ dataDir, scrypt: TEST_SCRYPT })
}

export const test = base.extend<Fixtures>({
  scrypt: [TEST_SCRYPT, { option: true }],
  app: async ({ scrypt }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xinlian-e2e-'))
    const launched = await launchWebShell({ dataDir, ...(scrypt ? { scrypt } : {}) })
    await use({ ...launched, dataDir })
    await launched.stop()
    rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect }

/**
 * Opens the launch address: the page trades its one-time token for the credential it keeps in
 * this tab. Only the first page of a launch may do so; any other must sign in.
 */
export async function openLaunchUrl(page: Page, app: Fixtures['app']): Promise<void> {
  await page.goto(app.shell.launchUrl)
}

/** The headers the page's own calls carry: JSON and its credential from this tab's storage. */
export async function pageHeaders(page: Page): Promise<Record<string, string>> {
  const credential = await page.evaluate(
    (key) => sessionStorage.getItem(key) ?? '',
    PAGE_CREDENTIAL_KEY,
  )
  return { 'content-type': 'application/json', [HTTP_SESSION_HEADER]: credential }
}

/** A contract call made from inside the page, with the page's own credential. */
export async function callFromPage<T = unknown>(
  page: Page,
  method: string,
  input: unknown,
): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([m, i, key, header]) => {
      const res = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [header]: sessionStorage.getItem(key) ?? '',
        },
        body: JSON.stringify(i),
      })
      return (await res.json()) as never
    },
    [method, input, PAGE_CREDENTIAL_KEY, HTTP_SESSION_HEADER] as const,
  )
}

/** Fills the first-run form and lands in the main window as the admin. */
export async function completeSetup(
  page: Page,
  app: Fixtures['app'],
  unit: { code: string; name: string } = UNIT,
): Promise<void> {
  // Setup now also makes the recovery key (one more deliberately slow scrypt) and waits for
  // its last group to be typed back: on a busy machine that outlasts a 30 s test alone.
  test.info().setTimeout(test.info().timeout + 30_000)
  await openLaunchUrl(page, app)
  await fillSetupForm(page, unit)
  await page.getByRole('button', { name: '完成设置并进入' }).click()
  await confirmRecoveryKey(page)
  // Hashing the admin's password is deliberately slow, slower still on a busy machine.
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 30_000 })
}

/** The first-run form, filled in for `unit` and the admin, not yet sent. */
export async function fillSetupForm(
  page: Page,
  unit: { code: string; name: string } = UNIT,
): Promise<void> {
  await page.getByLabel('行政区划代码').fill(unit.code)
  await page.getByLabel('单位名称').fill(unit.name)
  await page.getByLabel('用户名').fill(ADMIN.username)
  await page.getByLabel('姓名').fill(ADMIN.displayName)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('确认密码').fill(ADMIN.password)
}

/** The recovery key shown once: types its last group back, as the user would off paper. */
export async function confirmRecoveryKey(page: Page): Promise<string> {
  const groups = page.getByTestId('recovery-key-groups').locator('span')
  await expect(groups.first()).toBeVisible({ timeout: 30_000 })
  const all = await groups.allTextContents()
  await page.getByLabel(/最后一组/).fill(all.at(-1)!)
  await page.getByRole('button', { name: '我已保存，继续' }).click()
  return all.join('-')
}

/**
 * Sets up `unit` through the core, then signs in with a patient wait: on a loaded machine
 * the password hashing alone can outlast the default five seconds.
 */
export async function setUpAndSignIn(
  page: Page,
  app: Fixtures['app'],
  unit: { code: string; name: string } = UNIT,
): Promise<void> {
  const setup = await app.core.call(new SessionSlot(), 'setup.init', { unit, admin: ADMIN })
  expect(setup.ok).toBe(true)
  await page.goto(app.shell.launchUrl)
  await page.getByLabel('用户名').fill(ADMIN.username)
  await page.getByLabel('密码').fill(ADMIN.password)
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 60_000 })
}

export const shotsDir = join(process.cwd(), 'artifacts', 'screenshots')

export type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>

/** The core as a second signed-in connection, for setting up data quickly. */
export async function coreApi(app: Fixtures['app']): Promise<Api> {
  const slot = new SessionSlot()
  const api: Api = async (method, input) => {
    const r = await app.core.call(slot, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  await api('auth.login', { username: ADMIN.username, password: ADMIN.password })
  return api
}

/** A unit and the unit above it register each other's key cards, fingerprints typed. */
export async function exchangeCards(lower: Api, upper: Api) {
  const lowerCard = await lower('units.card', {})
  const upperCard = await upper('units.card', {})
  await upper('units.register', { card: lowerCard.signedText, fingerprint: lowerCard.fingerprint })
  await lower('units.register', { card: upperCard.signedText, fingerprint: upperCard.fingerprint })
}

/** Errors the page throws or logs, for a test to expect none at its end. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  return problems
}

/** The pages scroll inside the layout, not the window: a tall window shows a whole page. */
export async function tallShot(page: Page, name: string, height = 2200): Promise<void> {
  const size = page.viewportSize()!
  await page.locator('.ant-layout-content').evaluate((el) => el.scrollTo(0, 0))
  await page.setViewportSize({ width: size.width, height })
  await page.screenshot({ path: join(shotsDir, name), animations: 'disabled' })
  await page.setViewportSize(size)
}

/** Holds the page's next call of `method` until the returned function lets it through. */
export async function holdCall(page: Page, method: string): Promise<() => Promise<void>> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let passed!: () => void
  const through = new Promise<void>((resolve) => (passed = resolve))
  const pattern = `**/api/${method}`
  await page.route(
    pattern,
    async (route) => {
      await held
      await route.continue()
      passed()
    },
    { times: 1 },
  )
  return async () => {
    release()
    await through
  }
}
