import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDemoPersons } from '../../electron/services/demo/loadDemo'
import { makeTestCore } from '../helpers/testCore'
import {
  collectProblems,
  coreApi,
  expect,
  holdCall,
  setUpAndSignIn,
  shotsDir,
  test,
} from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const CITY = { code: '330600', name: '绍兴市委统战部' }
const COUNTY = { code: '330621', name: '示例县委统战部' }
// Enough that writing them takes seconds even on a quick machine: the bar must be seen moving.
const PERSONS = 20_000

test('导入下级数据包: the bar counts rows per table, 取消导入 writes nothing, then it applies', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  const work = mkdtempSync(join(tmpdir(), 'xinlian-pkg-progress-'))
  // The county is a core of its own in this process: its register is loaded straight in.
  const county = await makeTestCore({ init: false })
  try {
    const problems = collectProblems(page)
    await setUpAndSignIn(page, app, CITY)
    const cityApi = await coreApi(app)
    await county.ok('setup.init', {
      unit: COUNTY,
      admin: { username: 'admin', displayName: '管理员', password: 'Passw0rd-admin' },
    })
    const countyCard = await county.ok('units.card', {})
    const cityCard = await cityApi('units.card', {})
    await cityApi('units.register', {
      card: countyCard.signedText,
      fingerprint: countyCard.fingerprint,
    })
    await county.ok('units.register', {
      card: cityCard.signedText,
      fingerprint: cityCard.fingerprint,
    })
    const sqlite = county.core.database.sqlite
    loadDemoPersons(sqlite, {
      seed: 11,
      count: PERSONS,
      unitCode: COUNTY.code,
      siteId: sqlite.prepare('SELECT id FROM units WHERE is_self = 1').pluck().get() as string,
      clock: county.core.clock,
    })
    sqlite.exec('UPDATE persons SET is_demo = 0')
    const pkg = await county.ok('packages.export', {
      to: CITY.code,
      period: '2026年度',
      kind: 'full',
      explanation: '部分人员暂无身份证号',
    })
    const packagePath = join(work, pkg.fileName)
    writeFileSync(packagePath, Buffer.from(pkg.data, 'base64'))

    await page.getByRole('menuitem', { name: '上报' }).click()
    await page.getByRole('tab', { name: '导入下级数据包' }).click()
    await page.locator('input[type=file]').setInputFiles(packagePath)
    await expect(page.getByText('导入后的变化')).toBeVisible({ timeout: 120_000 })

    // First run: cancelled. The call is held until the cancel has been sent, so the cancel
    // lands the same on a quick machine and a slow one (a 20k apply can end before a click
    // does); a cancel in the middle of the persons is the unit test import-long-work's.
    await page.getByRole('button', { name: '确认导入' }).click()
    const releaseImport = await holdCall(page, 'packages.import')
    await page.getByRole('dialog').getByRole('button', { name: '确认导入' }).click()
    await page.getByRole('button', { name: '取消导入' }).click()
    await releaseImport()
    await expect(page.getByText('已取消导入，台账未作任何改动')).toBeVisible({ timeout: 60_000 })
    expect((await cityApi('persons.count', {})).count).toBe(0)
    expect(await cityApi('packages.list', {})).toEqual([])

    // Second run: the bar counts the persons as they are written, to the end.
    await page.getByRole('button', { name: '确认导入' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '确认导入' }).click()
    await expect(page.getByText(/正在写入“人员”：[\d,]+ \/ 20,000 行/)).toBeVisible({
      timeout: 60_000,
    })
    await expect(page.getByText(/取消后不会写入任何数据/)).toBeVisible()
    await page.screenshot({ path: join(shotsDir, 'package-import-progress.png') })
    await expect(page.getByText('导入完成，回执已生成')).toBeVisible({ timeout: 120_000 })
    await page.screenshot({ path: join(shotsDir, 'package-import-progress-done.png') })
    expect((await cityApi('persons.count', {})).count).toBe(PERSONS)
    expect(problems).toEqual([])
  } finally {
    county.cleanup()
    rmSync(work, { recursive: true, force: true })
  }
})
