import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { largeRoster } from '../unit/workbook-generators'
import { expect, holdCall, setUpAndSignIn, shotsDir, test } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

// Large enough that reading and writing are real work; the requests are held (below) so that
// the cancel lands at a known point whatever the machine's speed. Stopping work midway through
// is proved against the core itself in test/unit/import-long-work.test.ts.
const ROWS = 20_000

test('import wizard: cancel while reading and while importing; nothing is written', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-cancel-'))
  const file = join(dir, '全县名单.xlsx')
  writeFileSync(file, largeRoster(ROWS))
  try {
    await setUpAndSignIn(page, app)
    await page.getByRole('menuitem', { name: '人员' }).click()
    await expect(page.getByTestId('persons-total')).toHaveText('共 0 人', { timeout: 30_000 })
    await page.getByRole('button', { name: '导入' }).click()

    // Cancel while the file is on its way to the core: the cancel overtakes the file.
    const releasePreview = await holdCall(page, 'imports.preview')
    await page.locator('input[type=file]').setInputFiles(file)
    await page.getByRole('button', { name: '取消读取' }).click()
    await releasePreview()
    await expect(page.getByText('已取消读取，没有导入任何数据')).toBeVisible()
    await expect(page.getByText('点击或把文件拖到这里')).toBeVisible()

    // Read it to the end, then cancel once the import has been asked for.
    await page.locator('input[type=file]').setInputFiles(file)
    await expect(page.getByTestId('import-count-created')).toContainText(/20,?000/, {
      timeout: 120_000,
    })
    await page.getByRole('button', { name: /确认导入/ }).click()
    const releaseApply = await holdCall(page, 'imports.apply')
    await page.getByRole('dialog').getByRole('button', { name: '开始导入' }).click()
    await page.getByRole('button', { name: '取消导入' }).click()
    await page.screenshot({ path: join(shotsDir, 'import-cancel-applying.png') })
    await releaseApply()
    await expect(page.getByText('已取消导入，台账未做任何改动')).toBeVisible({ timeout: 60_000 })
    // Back on the preview, which can still be imported; the register is untouched.
    await expect(page.getByTestId('import-count-created')).toBeVisible()
    await page.screenshot({ path: join(shotsDir, 'import-cancel-done.png') })
    await page.getByRole('menuitem', { name: '人员' }).click()
    await expect(page.getByTestId('persons-total')).toHaveText('共 0 人')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
