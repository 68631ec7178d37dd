import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatYmd } from '../../shared/dates/calendar'
import {
  collectProblems,
  completeSetup,
  coreApi,
  expect,
  launchTestShell,
  shotsDir,
  tallShot,
  test,
} from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const CITY = { code: '330600', name: '绍兴市委统战部' }

/** A deadline ten days from today on this computer's calendar, as the core counts it. */
function inTenDays(): string {
  const d = new Date()
  d.setDate(d.getDate() + 10)
  return formatYmd(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

test('下发: the city sets a task and a new activity type, the county imports them and sees the deadline', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000)
  const work = mkdtempSync(join(tmpdir(), 'xinlian-downward-'))
  const cityDir = mkdtempSync(join(tmpdir(), 'xinlian-city-'))
  const city = { ...(await launchTestShell(cityDir)), dataDir: cityDir }
  const cityPage = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  try {
    const problems = [...collectProblems(page)]
    const cityProblems = collectProblems(cityPage)
    await completeSetup(page, app)
    await completeSetup(cityPage, city, CITY)
    const countyApi = await coreApi(app)
    const cityApi = await coreApi(city)
    const countyCard = await countyApi('units.card', {})
    const cityCard = await cityApi('units.card', {})
    await cityApi('units.register', {
      card: countyCard.signedText,
      fingerprint: countyCard.fingerprint,
    })
    await countyApi('units.register', {
      card: cityCard.signedText,
      fingerprint: cityCard.fingerprint,
    })
    // 活动类型 has its own settings page: the city adds one through the core.
    const type = await cityApi('activities.saveType', { name: '政企恳谈会' })

    // ---- City: 上报 → 下发: a task, then the package ----
    const deadline = inTenDays()
    await cityPage.getByRole('menuitem', { name: '上报' }).click()
    await cityPage.getByRole('tab', { name: '下发' }).click()
    await expect(cityPage.getByText('本单位给下级的报送任务')).toBeVisible()
    await cityPage.getByLabel('报送期间').fill('2026年度')
    await cityPage.getByLabel('截止日期').fill(deadline)
    await cityPage.getByLabel('建言献策').check()
    await cityPage.getByLabel('说明').fill('含全年活动')
    await cityPage.getByRole('button', { name: '新增报送任务' }).click()
    const taskRow = cityPage.locator('.ant-table-row', { hasText: '2026年度' })
    await expect(taskRow).toContainText(deadline)
    await expect(taskRow).toContainText('人员、活动、建言献策')
    const download = cityPage.waitForEvent('download')
    await cityPage.getByRole('button', { name: '生成并保存' }).click()
    const d = await download
    const packagePath = join(work, d.suggestedFilename())
    await d.saveAs(packagePath)
    expect(d.suggestedFilename()).toMatch(/^330600_绍兴市委统战部_下发_\d{8}\.xlpkg$/)
    await expect(cityPage.getByText(/已生成下发数据包/)).toBeVisible()
    await tallShot(cityPage, 'downward-city.png', 1000)

    // ---- County: a tampered copy is refused, the real one previewed and imported ----
    const bytes = readFileSync(packagePath)
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01
    const damagedPath = join(work, '损坏.xlpkg')
    writeFileSync(damagedPath, bytes)
    await page.getByRole('menuitem', { name: '上报' }).click()
    await page.getByRole('tab', { name: '下发' }).click()
    await page.locator('input[type=file]').setInputFiles(damagedPath)
    await expect(page.getByText('数据包已损坏或被篡改，未导入任何数据')).toBeVisible()
    await tallShot(page, 'downward-county-refused.png', 900)

    await page.locator('input[type=file]').setInputFiles(packagePath)
    await expect(page.getByText('来自 330600 绍兴市委统战部 的下发数据包')).toBeVisible()
    await page.getByRole('button', { name: '导入', exact: true }).click()
    await page.getByRole('dialog').getByRole('button', { name: '导入' }).click()
    await expect(page.getByText('已导入下发数据包')).toBeVisible()
    const received = page.locator('.ant-table-row', { hasText: '2026年度' })
    await expect(received).toContainText('还剩 10 天')
    await expect(received).toContainText('未报送')
    await tallShot(page, 'downward-county-imported.png', 1000)
    const types = await countyApi('activities.types', { includeDisabled: false })
    expect(types.map((x) => x.name)).toContain('政企恳谈会')
    expect(types.find((x) => x.name === '政企恳谈会')?.code).toBe(type.code)

    // ---- County: the type sent down is used as it is: no rename, no disable, no delete ----
    await page.getByRole('menuitem', { name: '活动' }).click()
    await page.getByRole('button', { name: '活动类型' }).click()
    const dictionary = page.getByRole('dialog')
    const sentDown = dictionary.locator('.ant-table-row', { hasText: '政企恳谈会' })
    await expect(sentDown.getByTestId(`dictionary-set-by-${type.code}`)).toHaveText('外单位设定')
    await expect(sentDown.getByRole('button')).toHaveCount(0)
    await sentDown.getByTestId(`dictionary-set-by-${type.code}`).hover()
    await expect(page.getByRole('tooltip')).toContainText(
      '由 330600 绍兴市委统战部 设定（下发），本单位只能使用，不能修改或删除',
    )
    await tallShot(page, 'downward-county-types.png', 900)
    await dictionary.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click()
    await expect(dictionary).toBeHidden()

    // ---- County: 工作台 shows the deadline; its button opens the wizard on the period ----
    await page.getByRole('menuitem', { name: '工作台' }).click()
    const card = page.getByTestId('next-deadline')
    await expect(card).toContainText(
      `下一个报送截止：绍兴市委统战部 · 2026年度，截止 ${deadline}，还剩 10 天`,
    )
    await expect(card).toContainText('须含内容：人员、活动、建言献策；含全年活动')
    await tallShot(page, 'downward-dashboard.png', 1000)
    await card.getByRole('button', { name: '去生成数据包' }).click()
    await expect(page.getByRole('combobox', { name: '所属期间' })).toHaveValue('2026年度')
    await expect(page.getByText(`上级报送任务：2026年度，截止 ${deadline}`)).toBeVisible()
    await tallShot(page, 'downward-export-period.png', 900)

    expect(problems).toEqual([])
    expect(cityProblems).toEqual([])
  } finally {
    await cityPage.close()
    await city.stop()
    rmSync(cityDir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
})
