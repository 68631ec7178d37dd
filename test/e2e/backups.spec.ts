import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ADMIN, collectProblems, coreApi, expect, setUpAndSignIn, shotsDir, test } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

test('设置 → 备份: create a backup now, then restore it (verify, compare, confirm, sign in again)', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  const problems = collectProblems(page)
  await setUpAndSignIn(page, app)
  const api = await coreApi(app)
  await api('persons.create', { name: '备份前甲', phone: '13700001111' })

  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '备份' }).click()
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByText(/备份完成/)).toBeVisible({ timeout: 60_000 })
  const row = page.getByRole('row', { name: /手动/ })
  await expect(row).toContainText('1')
  await page.screenshot({ path: join(shotsDir, 'backups-list.png'), fullPage: true })

  // Written after the backup: the restore takes it away again.
  await api('persons.create', { name: '备份后乙', phone: '13700002222' })
  await row.getByRole('button', { name: '从备份恢复' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '校验备份' }).click()
  await expect(dialog.getByText('备份校验通过')).toBeVisible({ timeout: 60_000 })
  const persons = dialog.getByRole('row', { name: /人员/ })
  await expect(persons).toContainText('1')
  await expect(persons).toContainText('2')
  await page.screenshot({ path: join(shotsDir, 'backups-restore-compare.png'), fullPage: true })
  await dialog.getByRole('button', { name: '确认恢复' }).click()

  // Everyone signs in again against the restored users.
  await expect(page.getByLabel('用户名')).toBeVisible({ timeout: 60_000 })
  await page.getByLabel('用户名').fill(ADMIN.username)
  await page.getByLabel('密码').fill(ADMIN.password)
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 60_000 })
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '备份' }).click()
  await expect(page.getByRole('row', { name: /恢复前/ })).toContainText('2')
  await page.screenshot({ path: join(shotsDir, 'backups-after-restore.png'), fullPage: true })
  const after = await coreApi(app)
  const list = await after('persons.list', { page: 1, pageSize: 20 })
  expect(list.items.map((p) => p.name)).toEqual(['备份前甲'])
  expect(problems).toEqual([])
})
