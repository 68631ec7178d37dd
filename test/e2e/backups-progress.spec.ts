import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchWebShell } from '../../electron/web/launch'
import { t } from '../../shared/i18n'
import { makePlainDataDir } from '../helpers/plainDataDir'
import {
  ADMIN,
  collectProblems,
  confirmRecoveryKey,
  expect,
  setUpAndSignIn,
  shotsDir,
  test,
} from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

/** Bytes of random filler, so a backup takes long enough to be seen under way. */
const FILLER_MIB = 160

/** The page's alerts and status lines, joined. */
async function pageAlerts(page: Page): Promise<string> {
  const lines = await page.locator('[role=alert], [role=status]').allInnerTexts()
  return lines.join(' | ') || '（无）'
}

test('设置 → 备份: the bar and its step while a backup runs, the app answering meanwhile', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  const problems = collectProblems(page)
  await setUpAndSignIn(page, app)
  const db = app.core.database.sqlite
  db.exec('CREATE TABLE e2e_filler (chunk BLOB NOT NULL)')
  const add = db.prepare('INSERT INTO e2e_filler (chunk) VALUES (randomblob(65536))')
  db.transaction(() => {
    for (let i = 0; i < FILLER_MIB * 16; i++) add.run()
  })()

  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '备份' }).click()
  await page.getByRole('button', { name: '立即备份' }).click()
  const under = page.getByRole('status').filter({ hasText: '正在备份（手动）' })
  await expect(under)
    .toBeVisible({ timeout: 30_000 })
    .catch(async (e) => {
      // What the page said instead (a refusal, a finished backup) is the CI log's only clue.
      throw new Error(`${String(e)}\n页面提示：${await pageAlerts(page)}`)
    })
  await expect(under.getByRole('progressbar')).toBeVisible()
  await expect(under).toContainText(/写入数据库快照|校验快照|写入备份文件|读回校验/)
  // Seen from every page too: the header says a backup runs, and leads to this page.
  await expect(page.getByTestId('header-backup')).toContainText(/正在备份 \d+%/)
  await page.screenshot({ path: join(shotsDir, 'backups-progress.png'), fullPage: true })
  // Further on, the bar has moved and the line names a later step.
  await expect(under).toContainText(/校验快照|写入备份文件|读回校验/, { timeout: 60_000 })
  await page.screenshot({ path: join(shotsDir, 'backups-progress-later.png'), fullPage: true })
  // The rest of the app still answers while the backup writes: another tab loads.
  await page.getByRole('tab', { name: '用户管理' }).click()
  await expect(page.getByRole('cell', { name: ADMIN.username })).toBeVisible()
  await page.getByRole('tab', { name: '备份' }).click()

  await expect(page.getByText(/备份完成/)).toBeVisible({ timeout: 120_000 })
  await expect(page.getByRole('row', { name: /手动/ })).toBeVisible()
  await expect(under).toHaveCount(0)
  await expect(page.getByTestId('header-backup')).toHaveCount(0)
  await page.screenshot({ path: join(shotsDir, 'backups-progress-done.png'), fullPage: true })
  expect(problems).toEqual([])
})

test('sign-in after the upgrade: a bar while the plain database is moved to an encrypted one', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'xinlian-e2e-plain-'))
  await makePlainDataDir(dataDir, FILLER_MIB)
  const launched = await launchWebShell({ dataDir })
  try {
    await page.goto(launched.shell.launchUrl)
    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('密码').fill(ADMIN.password)
    await page.getByLabel('密码').press('Enter')
    // The start's backup of the plain file may still run: the move waits for it, shown too.
    const bar = page.getByRole('status').filter({ has: page.getByRole('progressbar') })
    await expect(bar).toBeVisible({ timeout: 60_000 })
    const moving = bar.filter({ hasText: '正在加密数据库' })
    await expect(moving).toBeVisible({ timeout: 60_000 })
    await expect(moving.getByRole('progressbar')).toBeVisible()
    // The data is not encrypted yet: the screen must not say it is while the move runs.
    await expect(page.getByText(t.recoveryUi.lockedNotice)).toHaveCount(0)
    await page.screenshot({ path: join(shotsDir, 'login-encrypting.png'), fullPage: true })
    await expect(moving).toContainText(/加密副本|校验加密副本|替换原数据库/, { timeout: 60_000 })
    await page.screenshot({ path: join(shotsDir, 'login-encrypting-later.png'), fullPage: true })
    // Moved: the sign-in screen gives way to the new recovery key, shown once, typed back.
    await expect(page.getByLabel('用户名')).toHaveCount(0, { timeout: 120_000 })
    expect(launched.core.keys).not.toBeNull()
    await expect(page.getByText(t.recoveryUi.keyTitle)).toBeVisible({ timeout: 30_000 })
    await page.screenshot({ path: join(shotsDir, 'login-encrypted-key.png'), fullPage: true })
    const key = await confirmRecoveryKey(page)
    await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible()
    await page.screenshot({ path: join(shotsDir, 'login-encrypted-after.png'), fullPage: true })
    // The key shown is the one that opens the data: the next sign-ins are not asked again.
    expect(await launched.core.keys!.opensWithRecoveryKey(key)).toBe(true)
    await page.reload()
    await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(t.recoveryUi.keyTitle)).toHaveCount(0)
  } finally {
    await launched.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
