import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { launchWebShell } from '../../electron/web/launch'
import { ADMIN, collectProblems, expect, fillSetupForm, shotsDir, test, UNIT } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))
// The recovery key and the slots at the cost a user's installation has.
test.use({ scrypt: undefined })

const NEW_PASSWORD = 'Huifu-mima-2468'

test('recovery key at setup, login while locked, 忘记密码 with the key, regenerate in 设置', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const problems = collectProblems(page)
  await page.goto(app.shell.launchUrl)
  await expect(page.getByTestId('setup-no-recovery-warning')).toContainText('数据将无法恢复')
  await fillSetupForm(page)
  await page.screenshot({ path: join(shotsDir, 'setup-encrypted-warning.png') })
  await page.getByRole('button', { name: '完成设置并进入' }).click()

  // The key holds the window: no menu until its last group is typed back.
  const groups = page.getByTestId('recovery-key-groups').locator('span')
  await expect(groups).toHaveCount(8, { timeout: 30_000 })
  const shown = await groups.allTextContents()
  await expect(page.getByRole('menuitem', { name: '工作台' })).toHaveCount(0)
  await page.screenshot({ path: join(shotsDir, 'recovery-key-setup.png') })
  await page.getByLabel(/最后一组/).fill(shown[0] === shown[7] ? 'ZZZZ' : shown[0]!)
  await page.getByRole('button', { name: '我已保存，继续' }).click()
  await expect(page.getByText('与恢复密钥的最后一组不一致')).toBeVisible()

  // Its printable page: the unit, the date, the key, where to keep it.
  await page.getByRole('button', { name: '打印恢复密钥页' }).click()
  await expect(page.getByTestId('print-preview')).toBeVisible()
  await expect(page.getByTestId('recovery-key-printed')).toContainText(shown.slice(0, 4).join('  '))
  await expect(page.locator('.xl-sheet')).toContainText(UNIT.name)
  await expect(page.locator('.xl-sheet')).toContainText('锁在柜中')
  await expect(page.getByRole('button', { name: /打印/ })).toBeEnabled()
  await page.screenshot({ path: join(shotsDir, 'recovery-key-print.png'), fullPage: true })
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByLabel(/最后一组/).fill(shown[7]!.toLowerCase())
  await page.getByRole('button', { name: '我已保存，继续' }).click()
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible()

  // A cold start: the database stays closed, the login screen says so.
  expect(problems).toEqual([])
  await app.stop()
  const again = await launchWebShell({ dataDir: app.dataDir })
  try {
    await page.goto(again.shell.launchUrl)
    await expect(page.getByText('数据已加密保存，请登录后打开')).toBeVisible()
    await expect(page.getByRole('button', { name: '完成设置并进入' })).toHaveCount(0)
    await page.screenshot({ path: join(shotsDir, 'login-when-locked.png') })

    // 忘记密码: a wrong key opens nothing, and the screen says what having neither means.
    await page.getByRole('button', { name: '忘记密码？' }).click()
    await page.getByLabel('恢复密钥').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')
    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('确认新密码').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: '重设密码' }).click()
    const refused = page.getByRole('alert').filter({ hasText: '恢复密钥不正确' })
    await expect(refused).toContainText('数据就无法打开', { timeout: 30_000 })
    await expect(refused).toContainText('本程序不会删除任何文件')
    await page.screenshot({ path: join(shotsDir, 'recovery-wrong-key.png') })
    await page.getByLabel('恢复密钥').fill('')

    // The right key sets a new password while the database is still closed.
    await page.getByLabel('恢复密钥').fill(shown.join(' ').toLowerCase())
    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('确认新密码').fill(NEW_PASSWORD)
    await page.screenshot({ path: join(shotsDir, 'recovery-forgot-password.png') })
    await page.getByRole('button', { name: '重设密码' }).click()
    await expect(page.getByText('密码已重设，请用新密码登录')).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(UNIT.name)).toBeVisible()
    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('密码').fill(NEW_PASSWORD)
    await page.getByLabel('密码').press('Enter')
    await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 30_000 })

    // 设置 → 安全: a new key, shown once the same way; the old one is void.
    await page.getByRole('menuitem', { name: '设置' }).click()
    await page.getByRole('tab', { name: '安全' }).click()
    await page.getByRole('button', { name: '重新生成恢复密钥' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '重新生成恢复密钥' }).click()
    const fresh = page.getByTestId('recovery-key-groups').locator('span')
    await expect(fresh).toHaveCount(8, { timeout: 30_000 })
    const regenerated = await fresh.allTextContents()
    expect(regenerated).not.toEqual(shown)
    await page.getByLabel(/最后一组/).fill(regenerated[7]!)
    await page.getByRole('button', { name: '我已保存，继续' }).click()
    await expect(page.getByRole('tab', { name: '安全' })).toBeVisible()

    // Signing out goes back to the login screen, with the unit's name now known.
    await page.getByRole('button', { name: /退出登录/ }).click()
    await expect(page.getByRole('button', { name: /^登\s*录$/ })).toBeVisible()
    await expect(page.getByText(UNIT.name)).toBeVisible()
  } finally {
    await again.stop()
  }
  // The stopped shell cut the page's event stream, and the stream's reconnect may find it
  // still stopped (its quit backup runs before the new one starts): the errors a restart of
  // the shell under an open page causes, and only those.
  const restartErrors = /ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_CONNECTION_REFUSED/
  expect(problems.filter((p) => !restartErrors.test(p))).toEqual([])
})
