import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { SessionSlot } from '../../electron/core/session'
import { validId } from '../unit/persons-fixtures'
import {
  ADMIN,
  collectProblems,
  coreApi,
  exchangeCards,
  expect,
  launchTestShell,
  setUpAndSignIn,
  shotsDir,
  tallShot,
  test,
  type Api,
} from './fixtures'
import { pdfDir, printToPdf } from './printPdf'

test.beforeAll(() => {
  mkdirSync(shotsDir, { recursive: true })
  mkdirSync(pdfDir, { recursive: true })
})

const CITY = { code: '330600', name: '绍兴市委统战部' }
const QUIET = { code: '330602', name: '越城区委统战部' }
// Long over: its package comes late. The quarter's deadline is still ahead (or just past).
const LATE = '2025年度'

/** The county sends a package of the period and the city imports it, both through the core. */
async function report(county: Api, city: Api, period: string, kind: 'full' | 'incremental') {
  const pkg = await county('packages.export', {
    to: CITY.code,
    period,
    kind,
    explanation: '部分人员暂无身份证号',
  })
  const r = await city('packages.import', { data: pkg.data, fileName: pkg.fileName })
  expect(r.status).toBe('applied')
  await county('packages.importReceipt', { text: r.receipt!.signedText })
}

async function savedText(download: Promise<Download>, dir: string): Promise<string> {
  const d = await download
  const path = join(dir, d.suggestedFilename())
  await d.saveAs(path)
  return path
}

const cell = (page: Page, unit: string, period: string) =>
  page.getByTestId(`board-cell-${unit}-${period}`)

test('上报情况: late, never reported, 退回 with a reason the county reads, resent, 审核', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(240_000)
  const work = mkdtempSync(join(tmpdir(), 'xinlian-board-'))
  const cityDir = mkdtempSync(join(tmpdir(), 'xinlian-city-'))
  const quietDir = mkdtempSync(join(tmpdir(), 'xinlian-quiet-'))
  const city = { ...(await launchTestShell(cityDir)), dataDir: cityDir }
  const quiet = { ...(await launchTestShell(quietDir)), dataDir: quietDir }
  const cityPage = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  try {
    const problems = collectProblems(page)
    const cityProblems = collectProblems(cityPage)
    await setUpAndSignIn(page, app)
    await setUpAndSignIn(cityPage, city, CITY)
    const setup = await quiet.core.call(new SessionSlot(), 'setup.init', {
      unit: QUIET,
      admin: ADMIN,
    })
    expect(setup.ok).toBe(true)
    const countyApi = await coreApi(app)
    const cityApi = await coreApi(city)
    await exchangeCards(countyApi, cityApi)
    await exchangeCards(await coreApi(quiet), cityApi)

    await countyApi('persons.create', {
      name: '张建华',
      sex: '1',
      idNumber: validId('1985-03-12', '113', '330624'),
    })
    await countyApi('persons.create', { name: '李晓梅', sex: '2', employer: '新昌明律律师事务所' })
    await report(countyApi, cityApi, LATE, 'full')
    const quarter = `${new Date().getFullYear()}年第四季度`
    await report(countyApi, cityApi, quarter, 'incremental')

    // ---- City: the board ----
    await cityPage.getByRole('menuitem', { name: '上报' }).click()
    await cityPage.getByRole('tab', { name: '上报情况' }).click()
    const board = cityPage.getByTestId('status-board')
    await expect(board).toContainText('330602 越城区委统战部')
    await expect(cell(cityPage, '330624', LATE)).toContainText('已接收（有警告）')
    await expect(cell(cityPage, '330624', LATE)).toContainText(/逾期 \d+ 天/)
    await expect(cell(cityPage, '330602', LATE)).toContainText('未报送')
    await expect(cell(cityPage, '330602', LATE)).toContainText(/已逾期 \d+ 天/)
    await tallShot(cityPage, 'board-city.png', 900)

    // A cell opens its package again: who sent it, counts, the sender's warnings.
    await cell(cityPage, '330624', LATE).click()
    const detail = cityPage.getByTestId('board-cell-detail')
    await expect(detail).toContainText('330624 新昌县委统战部')
    await expect(detail).toContainText('部分人员暂无身份证号')
    await expect(detail).toContainText('导入结果')
    // The drawer slides in: the picture waits for it to settle.
    await cityPage.waitForTimeout(600)
    await cityPage.screenshot({ path: join(shotsDir, 'board-cell-detail.png') })

    // 退回 needs a reason; the signed receipt is saved for the county.
    await cityPage.getByRole('button', { name: '退回' }).click()
    const dialog = cityPage.getByRole('dialog', { name: /将 330624 新昌县委统战部/ })
    await expect(dialog.getByRole('button', { name: '退回' })).toBeDisabled()
    await dialog.getByLabel('退回原因').fill('李晓梅缺少身份证号，请补录后重新报送')
    const returnedDownload = cityPage.waitForEvent('download')
    await dialog.getByRole('button', { name: '退回' }).click()
    const returnedReceipt = await savedText(returnedDownload, work)
    expect(returnedReceipt).toMatch(/退回回执_\d{8}\.xlrct$/)
    await expect(cell(cityPage, '330624', LATE)).toContainText('已退回')
    await expect(cell(cityPage, '330624', LATE)).toContainText('李晓梅缺少身份证号')

    // ---- County: reads the receipt, sees the reason on 上报 and on 工作台 ----
    await page.getByRole('menuitem', { name: '上报' }).click()
    await page.getByRole('tab', { name: '数据包记录' }).click()
    await page.locator('input[type=file]').setInputFiles(returnedReceipt)
    await expect(page.getByTestId('package-list')).toContainText(
      '李晓梅缺少身份证号，请补录后重新报送',
    )
    await page.getByRole('tab', { name: '上报情况' }).click()
    await expect(cell(page, '330624', LATE)).toContainText('已退回')
    await tallShot(page, 'board-county.png', 900)
    await page.getByRole('menuitem', { name: '工作台' }).click()
    await expect(page.getByTestId('returned-reports')).toContainText(
      `上级单位退回了 ${LATE} 的数据：李晓梅缺少身份证号，请补录后重新报送`,
    )
    await page.screenshot({ path: join(shotsDir, 'board-county-dashboard.png') })

    // ---- Resent, then 审核 ----
    const li = (await countyApi('persons.list', { query: '李晓梅' })).items[0]!
    await countyApi('persons.update', {
      id: li.id,
      idNumber: validId('1990-05-06', '224', '330624'),
    })
    await report(countyApi, cityApi, LATE, 'incremental')
    await cityPage.getByRole('button', { name: '刷新' }).click()
    await expect(cell(cityPage, '330624', LATE)).toContainText('已接收')
    await cell(cityPage, '330624', LATE).click()
    await expect(detail).toContainText('审核意见：已退回')
    await cityPage.getByRole('button', { name: '审核通过' }).click()
    const reviewedDownload = cityPage.waitForEvent('download')
    await cityPage
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click()
    const reviewedReceipt = await savedText(reviewedDownload, work)
    await expect(cell(cityPage, '330624', LATE)).toContainText('已审核')
    await tallShot(cityPage, 'board-city-reviewed.png', 900)
    await cell(cityPage, '330624', LATE).click()
    await expect(detail).toContainText('审核意见：已审核')
    await cityPage.waitForTimeout(600)
    await cityPage.screenshot({ path: join(shotsDir, 'board-cell-history.png') })
    await cityPage.keyboard.press('Escape')

    await countyApi('packages.importReceipt', {
      text: readFileSync(reviewedReceipt, 'utf8'),
    })
    await page.reload()
    await expect(page.getByTestId('returned-reports')).toHaveCount(0)

    // ---- Print: A4 landscape ----
    await cityPage.goto(`${city.shell.url}#/print/status-board`)
    await expect(cityPage.locator('html')).toHaveAttribute('data-print-state', 'ready', {
      timeout: 30_000,
    })
    await cityPage.screenshot({ path: join(shotsDir, 'board-print-preview.png') })
    const pdf = await printToPdf(cityPage, 'status-board')
    expect(pdf.width).toBeGreaterThan(pdf.height)
    const text = pdf.pages.join('').replace(/\s+/g, '')
    expect(text).toContain('上报情况')
    expect(text).toContain('330602越城区委统战部')
    expect(text).toContain('未报送')
    expect(text).toContain('已审核')

    expect(problems).toEqual([])
    expect(cityProblems).toEqual([])
  } finally {
    await cityPage.close()
    await city.stop()
    await quiet.stop()
    rmSync(cityDir, { recursive: true, force: true })
    rmSync(quietDir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
})
