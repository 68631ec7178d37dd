import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { largeRoster } from '../unit/workbook-generators'
import { SessionSlot } from '../../electron/core/session'
import { ADMIN, expect, setUpAndSignIn, shotsDir, test } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

// Large enough that reading and writing each take seconds: the cancel button is there to press.
const ROWS = 100_000

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

    // Cancel while the file is read.
    await page.locator('input[type=file]').setInputFiles(file)
    const stopReading = page.getByRole('button', { name: '取消读取' })
    await stopReading.click()
    await expect(page.getByText('已取消读取，没有导入任何数据')).toBeVisible()
    await expect(page.getByText('点击或把文件拖到这里')).toBeVisible()

    // Read it to the end, then cancel while the import runs. A colleague registers someone
    // meanwhile, so the import reads and decides the file again instead of writing the
    // preview's decisions at once (which takes too short a time to press anything).
    await page.locator('input[type=file]').setInputFiles(file)
    await expect(page.getByTestId('import-count-created')).toContainText(/100,?000/, {
      timeout: 120_000,
    })
    const colleague = new SessionSlot()
    const login = { username: ADMIN.username, password: ADMIN.password }
    expect(await app.core.call(colleague, 'auth.login', login)).toMatchObject({ ok: true })
    const added = await app.core.call(colleague, 'persons.create', { name: '赵同事' })
    expect(added).toMatchObject({ ok: true })
    await page.getByRole('button', { name: /确认导入/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: '开始导入' }).click()
    const stopImport = page.getByRole('button', { name: '取消导入' })
    await stopImport.click()
    await page.screenshot({ path: join(shotsDir, 'import-cancel-applying.png') })
    await expect(page.getByText('已取消导入，台账未做任何改动')).toBeVisible({ timeout: 60_000 })
    // Back on the preview, which can still be imported; the register is untouched.
    await expect(page.getByTestId('import-count-created')).toBeVisible()
    await page.screenshot({ path: join(shotsDir, 'import-cancel-done.png') })
    await page.getByRole('menuitem', { name: '人员' }).click()
    await expect(page.getByTestId('persons-total')).toHaveText('共 1 人')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
