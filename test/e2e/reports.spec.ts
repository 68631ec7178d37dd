import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download } from '@playwright/test'
import { validId } from '../unit/persons-fixtures'
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
const SHARED_ID = validId('1979-11-02', '135', '330624')

async function saved(download: Promise<Download>, dir: string): Promise<string> {
  const d = await download
  const path = join(dir, d.suggestedFilename())
  await d.saveAs(path)
  return path
}

test('上报: the county sends a package through the wizard, the city imports it, the receipt comes back', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(180_000)
  const work = mkdtempSync(join(tmpdir(), 'xinlian-reports-'))
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

    // Before any card is registered the wizard says where to register one.
    await page.getByRole('menuitem', { name: '上报' }).click()
    await expect(page.getByText('还没有登记上级单位')).toBeVisible()

    // 设置 → 单位 is built elsewhere: the cards are exchanged through the core.
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

    await countyApi('persons.create', {
      name: '张建华',
      sex: '1',
      idNumber: validId('1985-03-12', '113', '330624'),
      employer: '新昌华达机械有限公司',
    })
    await countyApi('persons.create', { name: '李晓梅', sex: '2', employer: '新昌明律律师事务所' })
    await countyApi('persons.create', { name: '王立新', sex: '1', idNumber: SHARED_ID })
    // The city already holds that ID number under a person of its own.
    await cityApi('persons.create', { name: '王立新', sex: '1', idNumber: SHARED_ID })

    // ---- County: 生成数据包 ----
    await page.reload()
    await page.getByRole('menuitem', { name: '上报' }).click()
    await expect(page.getByRole('heading', { name: '上报' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: '上级单位' })).toBeVisible()
    await page.getByLabel('全量（本单位全部数据）').check()
    await tallShot(page, 'reports-export-choose.png', 1600)
    await page.getByRole('button', { name: '下一步' }).click()
    // 李晓梅 has no ID number: a warning that needs its reason before going on.
    await expect(page.getByText(/处警告/)).toBeVisible()
    await page.getByRole('button', { name: '下一步' }).click()
    await expect(page.getByText('请写明原因')).toBeVisible()
    await page.getByLabel(/^原因：/).fill('本人暂未提供身份证件，已约定下月补录')
    await tallShot(page, 'reports-export-checks.png', 1600)
    await page.getByRole('button', { name: '下一步' }).click()

    await expect(page.getByText('将向 330600 绍兴市委统战部 发送全量数据包')).toBeVisible()
    const personsRow = page.locator('.ant-table-row', { hasText: '人员' }).first()
    await expect(personsRow).toContainText('3')
    await expect(page.getByText('数据包将用上级单位的密钥加密')).toBeVisible()
    const plain = page.getByLabel(/任何拿到这个文件的人都能读到/)
    await expect(plain).not.toBeChecked()
    await tallShot(page, 'reports-export-preview.png', 1600)
    const packageDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: '生成数据包' }).click()
    const packagePath = await saved(packageDownload, work)
    await expect(page.getByText('数据包已生成')).toBeVisible()
    await expect(page.getByText('已加密', { exact: true })).toBeVisible()
    expect(packagePath).toMatch(/\.xlpkg$/)
    // Sealed to the city: neither a name nor an ID number is readable in the bytes.
    const bytes = readFileSync(packagePath)
    expect(bytes.includes(Buffer.from('张建华'))).toBe(false)
    expect(bytes.includes(Buffer.from(SHARED_ID))).toBe(false)
    await tallShot(page, 'reports-export-done.png', 1600)

    // ---- City: a damaged file is refused in one sentence, nothing written ----
    await cityPage.getByRole('menuitem', { name: '上报' }).click()
    await cityPage.getByRole('tab', { name: '导入下级数据包' }).click()
    const damaged = Buffer.from(bytes)
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff
    const damagedPath = join(work, 'damaged.xlpkg')
    writeFileSync(damagedPath, damaged)
    await cityPage.locator('input[type=file]').setInputFiles(damagedPath)
    await expect(cityPage.getByText('不能导入这个数据包')).toBeVisible()
    await expect(cityPage.locator('.ant-alert-error')).toContainText('未导入任何数据')
    await tallShot(cityPage, 'reports-import-refused.png', 1600)

    // ---- City: 导入下级数据包 ----
    await cityPage.locator('input[type=file]').setInputFiles(packagePath)
    await expect(cityPage.getByText('导入后的变化')).toBeVisible()
    await expect(cityPage.getByText('330624 新昌县委统战部')).toBeVisible()
    await expect(cityPage.getByText(/本人暂未提供身份证件/)).toBeVisible()
    await expect(cityPage.getByText('1 名人员的身份证号已由其他单位登记')).toBeVisible()
    // The duplicate is named with its ID number masked, never in full.
    await expect(cityPage.getByText(/王立新（3306\*+\d{4}）/)).toBeVisible()
    await expect(cityPage.getByText(SHARED_ID)).toHaveCount(0)
    await tallShot(cityPage, 'reports-import-preview.png', 1600)
    expect((await cityApi('persons.count', {})).count).toBe(1)

    await cityPage.getByRole('button', { name: '确认导入' }).click()
    await cityPage.getByRole('dialog').getByRole('button', { name: '确认导入' }).click()
    await expect(cityPage.getByText('导入完成，回执已生成')).toBeVisible()
    const receiptDownload = cityPage.waitForEvent('download')
    await cityPage.getByRole('button', { name: '下载回执' }).click()
    const receiptPath = await saved(receiptDownload, work)
    expect(receiptPath).toMatch(/\.xlrct$/)
    await tallShot(cityPage, 'reports-import-receipt.png', 1600)

    // The same package again changes nothing.
    await cityPage.getByRole('button', { name: '导入下一个数据包' }).click()
    await cityPage.locator('input[type=file]').setInputFiles(packagePath)
    await expect(cityPage.getByText('这个数据包已经导入过')).toBeVisible()

    await cityPage.getByRole('tab', { name: '数据包记录' }).click()
    await expect(
      cityPage.getByTestId('package-list').locator('.ant-table-row').first(),
    ).toContainText('已接收（有警告）')

    // ---- County: 导入回执 ----
    await page.getByRole('tab', { name: '数据包记录' }).click()
    const row = page.getByTestId('package-list').locator('.ant-table-row').first()
    await expect(row).toContainText('已生成')
    await page.locator('input[type=file]').setInputFiles(receiptPath)
    await expect(row).toContainText('已接收（有警告）')
    await expect(row).toContainText('330600 绍兴市委统战部')
    await expect(page.getByText(/行未按原样采用或有警告/).first()).toBeVisible()
    await tallShot(page, 'reports-list.png', 1600)

    expect(problems).toEqual([])
    expect(cityProblems).toEqual([])
  } finally {
    await cityPage.close()
    await city.stop()
    rmSync(cityDir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
})
