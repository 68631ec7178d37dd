import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
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

const PROVINCE = { code: '330000', name: '浙江省委统战部' }
const CITY = { code: '330600', name: '绍兴市委统战部' }
const COUNTY_A = { code: '330624', name: '新昌县委统战部' }
const COUNTY_B = { code: '330602', name: '越城区委统战部' }
const PERIOD = '2026年度'

async function report(from: Api, to: Api, code: string, kind: 'full' | 'incremental' = 'full') {
  const pkg = await from('packages.export', {
    to: code,
    period: PERIOD,
    kind,
    explanation: '部分人员暂无身份证号',
  })
  const r = await to('packages.import', { data: pkg.data, fileName: pkg.fileName })
  expect(r.status, r.reason ?? '').toBe('applied')
  await from('packages.importReceipt', { text: r.receipt!.signedText })
}

const cell = (page: Page, unit: string) => page.getByTestId(`board-cell-${unit}-${PERIOD}`)

test('the province’s 上报情况 drills down from the city to the counties it relays', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'xinlian-relay-')))
  const shells = await Promise.all(dirs.map((dataDir) => launchTestShell(dataDir)))
  try {
    const problems = collectProblems(page)
    await setUpAndSignIn(page, app, PROVINCE)
    const apis: Api[] = []
    for (const [i, unit] of [CITY, COUNTY_A, COUNTY_B].entries()) {
      const setup = await shells[i]!.core.call(new SessionSlot(), 'setup.init', {
        unit,
        admin: ADMIN,
      })
      expect(setup.ok).toBe(true)
      apis.push(await coreApi({ ...shells[i]!, dataDir: dirs[i]! }))
    }
    const [city, countyA, countyB] = apis as [Api, Api, Api]
    const province = await coreApi(app)
    await exchangeCards(countyA, city)
    await exchangeCards(countyB, city)
    await exchangeCards(city, province)

    const shared = validId('1980-05-06', '135', '330624')
    await countyA('persons.create', { name: '张建华', sex: '1', idNumber: shared })
    await countyA('persons.create', { name: '李晓梅', sex: '2', employer: '新昌明律律师事务所' })
    await countyB('persons.create', { name: '张建华', sex: '1', idNumber: shared })
    await countyB('persons.create', { name: '周志强', sex: '1' })
    await city('persons.create', { name: '陈市本级', sex: '2' })
    await report(countyA, city, CITY.code)
    await report(countyB, city, CITY.code)
    const returned = await city('packages.review', {
      unit: COUNTY_B.code,
      period: PERIOD,
      decision: 'returned',
      reason: '缺少新任理事名单',
    })
    await countyB('packages.importReceipt', { text: returned.receipt.signedText })
    await countyB('persons.create', { name: '钱新任', sex: '1' })
    await report(countyB, city, CITY.code, 'incremental')
    await city('packages.review', { unit: COUNTY_A.code, period: PERIOD, decision: 'reviewed' })
    await report(city, province, PROVINCE.code)

    // ---- Province: the board shows the city; its row opens onto its counties ----
    await page.getByRole('menuitem', { name: '上报' }).click()
    await page.getByRole('tab', { name: '上报情况' }).click()
    const board = page.getByTestId('status-board')
    await expect(board).toContainText('330600 绍兴市委统战部')
    await expect(page.getByTestId('board-persons-330600')).toHaveText('本级 1 人，含下级 6 人')
    await expect(cell(page, COUNTY_A.code)).toHaveCount(0)
    await tallShot(page, 'relay-board-province.png', 800)

    await board.getByRole('button', { name: /展开/ }).first().click()
    await expect(cell(page, COUNTY_A.code)).toContainText('已审核')
    await expect(cell(page, COUNTY_B.code)).toContainText('已接收')
    await expect(page.getByTestId('board-persons-330624')).toHaveText('在册 2 人')
    await expect(page.getByTestId('board-persons-330602')).toHaveText('在册 3 人')
    await tallShot(page, 'relay-board-drilldown.png', 800)

    // A county's cell: its package as it signed it, through whom it came, the city's decisions.
    await cell(page, COUNTY_B.code).click()
    const detail = page.getByTestId('board-cell-detail')
    await expect(detail).toContainText('330602 越城区委统战部')
    await expect(page.getByTestId('board-relay-provenance')).toContainText(
      '经 330600 绍兴市委统战部 转报',
    )
    await expect(page.getByTestId('board-relay-provenance')).toContainText('原始签名已核验')
    await expect(detail).toContainText('缺少新任理事名单')
    // The province does not decide on a county's package: that is the city's.
    await expect(page.getByRole('button', { name: '审核通过' })).toHaveCount(0)
    await page.waitForTimeout(600)
    await page.screenshot({ path: join(shotsDir, 'relay-board-county-detail.png') })
    await page.keyboard.press('Escape')

    // ---- Lists: the unit picker offers the city (with its counties) or one county ----
    await page.getByRole('menuitem', { name: '人员' }).click()
    await expect(page.getByTestId('persons-total')).toHaveText('共 6 人', { timeout: 30_000 })
    const picker = page.getByLabel('单位：本单位及下级')
    await picker.click()
    await expect(page.getByText('绍兴市委统战部（330600，含所辖县区）')).toBeVisible()
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(shotsDir, 'relay-unit-picker.png') })
    // A county sits under its city in the open list; the chosen value is its plain name.
    await expect(
      page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: '新昌县委统战部（330624）',
      }),
    ).toContainText('└')
    await page.getByRole('option', { name: /新昌县委统战部（330624）/ }).click()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('persons-total')).toHaveText('共 2 人')
    const chosen = page.locator('.ant-select', { has: picker })
    await expect(chosen).toContainText('新昌县委统战部')
    await expect(chosen).not.toContainText('└')
    await tallShot(page, 'relay-persons-county.png', 800)

    // ---- The board on paper: each county under its city, with the county's own figures ----
    await page.goto(`${page.url().split('#')[0]}#/print/status-board`)
    await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
      timeout: 30_000,
    })
    await page.screenshot({ path: join(shotsDir, 'relay-board-print.png') })
    const pdf = await printToPdf(page, 'relay-status-board')
    const printed = pdf.pages.join('\n')
    expect(printed).toMatch(/330600\s*绍兴市委统战部/)
    expect(printed).toMatch(/└\s*330602\s*越城区委统战部/)
    expect(printed).toMatch(/└\s*330624\s*新昌县委统战部/)

    expect(problems).toEqual([])
  } finally {
    for (const s of shells) await s.stop()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  }
})
