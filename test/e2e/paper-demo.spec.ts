import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Input, Method, Output } from '../../shared/contract'
import { SessionSlot } from '../../electron/core/session'
import type { LaunchedWebShell } from '../../electron/web/launch'
import { ADMIN, completeSetup, expect, shotsDir, test } from './fixtures'

/**
 * Every printed document has a button where a user looks for it, and demo data never reaches
 * paper unmarked: a 花名册 holding demo persons says 演示数据 on every page, and the first real
 * person entered while demo persons exist brings the offer to clear them.
 */

const pdfDir = join(process.cwd(), 'artifacts', 'pdf')
test.beforeAll(() => {
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(shotsDir, { recursive: true })
})

type App = LaunchedWebShell & { dataDir: string }
type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>

async function coreApi(app: App): Promise<Api> {
  const slot = new SessionSlot()
  const api: Api = async (method, input) => {
    const r = await app.core.call(slot, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  await api('auth.login', { username: ADMIN.username, password: ADMIN.password })
  return api
}

const ready = { timeout: 60_000 }

test('print buttons lead to their documents; demo data is marked on paper and offered for clearing', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  await completeSetup(page, app)
  const api = await coreApi(app)
  await api('persons.loadDemo', { scale: 'county', seed: 3 })

  // 花名册 of the persons list as filtered now: the filter travels in the route.
  await page.goto(`${app.shell.url}#/persons`)
  await page.getByPlaceholder(/搜索/).first().fill('王')
  await page.getByRole('button', { name: '打印花名册' }).click()
  await expect(page).toHaveURL(/#\/print\/roster\?filter=.*%E7%8E%8B/)
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', ready)
  await expect(page.locator('.xl-sheet').first()).toBeVisible()
  // Demo persons on the list: every page says so.
  const sheets = await page.locator('.xl-sheet').count()
  await expect(page.getByTestId('demo-mark')).toHaveCount(sheets)
  await page.screenshot({ path: join(shotsDir, 'print-roster-demo-mark.png') })
  const pdf = join(pdfDir, 'roster-demo.pdf')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
  expect(pages.length).toBe(sheets)
  for (const text of pages) expect(text.replace(/\s+/g, '')).toContain('演示数据')

  // 年度活动台账 on the activities list.
  await page.goto(`${app.shell.url}#/activities`)
  const year = new Date().getFullYear()
  await page.getByRole('button', { name: `打印${year}年活动台账` }).click()
  await expect(page).toHaveURL(new RegExp(`#/print/ledger/${year}$`))
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', ready)

  // The first real person while demo persons exist: the offer to clear them, one click.
  await page.goto(`${app.shell.url}#/persons/new`)
  await page.getByLabel('姓名', { exact: true }).fill('周真实')
  await page.getByLabel('工作单位').fill('新昌县真实企业有限公司')
  await page.getByRole('button', { name: /保存$/ }).click()
  await expect(page.getByRole('heading', { name: '周真实' })).toBeVisible(ready)
  const offer = page.getByRole('dialog').filter({ hasText: '现在清除演示数据吗？' })
  await expect(offer).toBeVisible(ready)
  await page.screenshot({ path: join(shotsDir, 'demo-clear-offer.png') })
  await offer.getByRole('button', { name: '清除演示数据' }).click()
  await expect.poll(async () => (await api('persons.count', { isDemo: true })).count, ready).toBe(0)
  expect((await api('persons.count', { isDemo: false })).count).toBe(1)

  // 登记表 on the person page.
  await page.getByRole('button', { name: '打印登记表' }).click()
  await expect(page).toHaveURL(/#\/print\/person\//)
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', ready)
  await expect(page.locator('.xl-sheet').first()).toContainText('周真实')

  // Only real persons now: no mark.
  await page.goto(`${app.shell.url}#/persons`)
  await page.getByRole('button', { name: '打印花名册' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', ready)
  await expect(page.locator('.xl-sheet')).toHaveCount(1)
  await expect(page.getByTestId('demo-mark')).toHaveCount(0)

  // A second real person brings no second offer.
  await page.goto(`${app.shell.url}#/persons/new`)
  await page.getByLabel('姓名', { exact: true }).fill('吴真实')
  await page.getByRole('button', { name: /保存$/ }).click()
  await expect(page.getByRole('heading', { name: '吴真实' })).toBeVisible(ready)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
