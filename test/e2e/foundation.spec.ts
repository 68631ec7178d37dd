import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ADMIN, callFromPage, completeSetup, expect, shotsDir, test } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

/**
 * A step that hashes a password (sign-in, unlock, a new user or password: scrypt at its
 * deliberately slow production cost, the key slot's beside it) takes seconds on a loaded machine.
 */
const hashing = { timeout: 30_000 }

test('first run, users and roles, lock, audit and backup — as a county admin would', async ({
  page,
  app,
  browser,
}) => {
  // About ten steps hash a password at the production cost (see `hashing`).
  test.slow()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })

  // Without a page credential, no call reaches the register.
  const denied = await page.request.post(`${app.shell.url}api/system.status`, {
    headers: { origin: app.shell.url.replace(/\/$/, '') },
    data: {},
  })
  expect(denied.status()).toBe(401)

  await completeSetup(page, app)
  await expect(page.getByText('新昌县委统战部').first()).toBeVisible()
  expect(page.url()).not.toContain(app.shell.token)
  await page.screenshot({ path: join(shotsDir, 'foundation-dashboard.png') })

  // The same launch address in a second browser is spent: it must sign in for itself.
  const second = await browser.newContext()
  const elsewhere = await second.newPage()
  await elsewhere.goto(app.shell.launchUrl)
  await expect(elsewhere.getByRole('button', { name: /^登\s*录$/ })).toBeVisible()
  await expect(elsewhere.getByRole('menuitem', { name: '工作台' })).toHaveCount(0)
  await elsewhere.screenshot({ path: join(shotsDir, 'web-shell-second-browser.png') })
  await elsewhere.getByLabel('用户名').fill(ADMIN.username)
  await elsewhere.getByLabel('密码').fill(ADMIN.password)
  await elsewhere.getByRole('button', { name: /^登\s*录$/ }).click()
  await expect(elsewhere.getByRole('menuitem', { name: '工作台' })).toBeVisible(hashing)
  await second.close()

  // The renderer has no Node and no eval: only the contract.
  expect(
    await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
  ).toBe('undefined')
  expect(
    await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process),
  ).toBe('undefined')

  // An operator account, with markup in its name that must stay text.
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '用户管理' }).click()
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('用户名').fill('lisi')
  await dialog.getByLabel('姓名').fill('<img src=x onerror="window.__pwned=1">李四')
  await dialog.getByLabel('角色').click()
  await page.getByTitle('录入员').click()
  await dialog.getByLabel('临时密码').fill('Linshi-mima-1')
  await dialog.getByLabel('确认密码').fill('Linshi-mima-1')
  await dialog.getByLabel('确认密码').press('Enter')
  await expect(page.getByRole('cell', { name: 'lisi', exact: true })).toBeVisible(hashing)
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">李四')).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()

  // Lock: the screen shows no personal data; the right password unlocks it.
  await page.getByRole('button', { name: /锁定/ }).click()
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible()
  await expect(page.getByText('lisi')).toHaveCount(0)
  await page.screenshot({ path: join(shotsDir, 'foundation-lock.png') })
  await page.getByLabel('密码').fill('wrong-password-1')
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: '不正确' })).toBeVisible(hashing)
  await page.getByLabel('密码').fill(ADMIN.password)
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByRole('tab', { name: '用户管理' })).toBeVisible(hashing)

  // Audit: every step above is there, and the chain verifies.
  await page.getByRole('tab', { name: '审计日志' }).click()
  await expect(page.getByRole('cell', { name: '新建用户' }).first()).toBeVisible()
  await expect(page.getByRole('cell', { name: '初始化设置' })).toBeVisible()
  await page.getByRole('button', { name: /校验完整性/ }).click()
  await expect(page.getByText(/审计日志完整/)).toBeVisible()
  await page.screenshot({ path: join(shotsDir, 'foundation-audit.png') })

  // Backup from 设置 → 备份.
  await page.getByRole('tab', { name: '备份' }).click()
  await page.getByRole('button', { name: /立即备份/ }).click()
  await expect(page.getByText(/备份完成/)).toBeVisible()

  // The operator signs in with the temporary password and must replace it first.
  await page.getByRole('button', { name: /退出登录/ }).click()
  await page.getByLabel('用户名').fill('lisi')
  await page.getByLabel('密码').fill('Linshi-mima-1')
  await page.getByLabel('密码').press('Enter')
  await expect(page.getByText('管理员为您重置了密码')).toBeVisible(hashing)
  await page.getByLabel('当前密码').fill('Linshi-mima-1')
  await page.getByLabel('新密码', { exact: true }).fill('Lisi-xinmima-2')
  await page.getByLabel('确认新密码').fill('Lisi-xinmima-2')
  await page.getByLabel('确认新密码').press('Enter')

  // An operator does not see user management or the audit log — and the core refuses too.
  await page.getByRole('menuitem', { name: '设置' }).click()
  await expect(page.getByRole('tab', { name: '本单位' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '用户管理' })).toHaveCount(0)
  await expect(page.getByRole('tab', { name: '审计日志' })).toHaveCount(0)
  const forced = await callFromPage(page, 'users.list', {})
  expect(forced).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  await page.screenshot({ path: join(shotsDir, 'foundation-operator-settings.png') })

  expect(problems).toEqual([])
})
