import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import type { Input, Method, Output } from '../../shared/contract'
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

/** Another unit's installation, made through the core in a data directory of its own. */
async function otherUnitBackup(dir: string): Promise<string> {
  const core = await createCore({ dataDir: dir, appVersion: '0.0.0-e2e', shell: 'test' })
  try {
    const slot = new SessionSlot()
    const ok = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
      const r = await core.call(slot, method, input)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.value
    }
    await ok('setup.init', { unit: OTHER_UNIT, admin: ADMIN })
    await ok('persons.create', { name: '外单位甲', phone: '13700003333' })
    await ok('persons.create', { name: '外单位乙', phone: '13700004444' })
    return (await ok('backup.create', {})).path
  } finally {
    core.close()
  }
}

const OTHER_UNIT = { code: '330683', name: '嵊州市委统战部' }

test('从文件选择… another unit’s backup: refused until 在新电脑上恢复本单位 is ticked; every open window goes to sign-in', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(300_000)
  const work = mkdtempSync(join(tmpdir(), 'xinlian-other-unit-'))
  const second = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  try {
    const problems = collectProblems(page)
    const secondProblems = collectProblems(second)
    const carried = await otherUnitBackup(join(work, 'other'))
    const damaged = join(work, '坏掉的.xlbak')
    writeFileSync(damaged, 'not a backup at all')

    await setUpAndSignIn(page, app)
    const api = await coreApi(app)
    await api('persons.create', { name: '本单位丙', phone: '13700005555' })
    // A second window of the same web shell, signed in on its own.
    await second.goto(app.shell.url)
    await second.getByLabel('用户名').fill(ADMIN.username)
    await second.getByLabel('密码').fill(ADMIN.password)
    await second.getByLabel('密码').press('Enter')
    await expect(second.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 60_000 })

    await page.getByRole('menuitem', { name: '设置' }).click()
    await page.getByRole('tab', { name: '备份' }).click()
    const choose = async (file: string) => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: '从文件选择…' }).click()
      await (await chooser).setFiles(file)
    }
    await choose(damaged)
    await expect(page.getByRole('alert')).toContainText(
      '“坏掉的.xlbak”不是新联台账的备份文件，或已损坏（校验不通过）。',
    )
    await page.screenshot({ path: join(shotsDir, 'backups-file-damaged.png'), fullPage: true })

    await choose(carried)
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible({ timeout: 60_000 })
    // Another computer's key: the admin's password as it was there opens it.
    await dialog.getByLabel(/您的密码/).fill(ADMIN.password)
    await dialog.getByRole('button', { name: '校验备份' }).click()
    await expect(dialog.getByText('备份校验通过')).toBeVisible({ timeout: 60_000 })
    await expect(dialog.getByRole('row', { name: /单位/ })).toContainText(OTHER_UNIT.name)
    await expect(dialog.getByRole('row', { name: /人员/ })).toContainText('2')
    const confirm = dialog.getByRole('button', { name: '确认恢复' })
    await expect(confirm).toBeDisabled()
    await page.screenshot({
      path: join(shotsDir, 'backups-other-unit-refused.png'),
      fullPage: true,
    })
    await dialog.getByRole('checkbox', { name: '在新电脑上恢复本单位' }).check()
    await expect(confirm).toBeEnabled()
    await confirm.click()

    // Both windows are at sign-in at once, saying why; the second never clicked anything.
    const notice = '数据已从备份恢复，请重新登录。'
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible({
      timeout: 60_000,
    })
    await expect(second.getByRole('status').filter({ hasText: notice })).toBeVisible({
      timeout: 10_000,
    })
    await expect(second.getByLabel('用户名')).toBeVisible()
    await second.screenshot({ path: join(shotsDir, 'backups-other-window-signed-out.png') })
    await page.screenshot({ path: join(shotsDir, 'backups-restored-sign-in.png') })

    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('密码').fill(ADMIN.password)
    await page.getByLabel('密码').press('Enter')
    await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText(OTHER_UNIT.name).first()).toBeVisible()
    const after = await coreApi(app)
    const list = await after('persons.list', { page: 1, pageSize: 20 })
    expect(list.items.map((p) => p.name).sort()).toEqual(['外单位乙', '外单位甲'].sort())
    expect(problems).toEqual([])
    expect(secondProblems).toEqual([])
  } finally {
    await second.close()
    rmSync(work, { recursive: true, force: true })
  }
})
