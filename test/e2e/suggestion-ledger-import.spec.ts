import { join } from 'node:path'
import { LEDGER_REGISTER, ledgerWorkbook } from '../unit/ledger-fixtures'
import {
  collectProblems,
  coreApi,
  expect,
  setUpAndSignIn,
  shotsDir,
  tallShot,
  test,
} from './fixtures'
import { confirmDialog } from './confirmDialog'

/**
 * 导入台账 end to end: an office's own 建言献策台账 (the unit fixture, with its truth) goes
 * through the wizard — the mapping shown and correctable, each row's outcome and problems,
 * one of two namesakes picked by hand — and the imported suggestions, scored by the rules,
 * are in the list and on the 工作台's recent imports.
 */
test('an existing 建言献策台账 is imported through the wizard', async ({ page, app }) => {
  test.setTimeout(240_000)
  const problems = collectProblems(page)
  await setUpAndSignIn(page, app)
  const api = await coreApi(app)
  for (const p of LEDGER_REGISTER)
    await api('persons.create', { name: p.name, employer: p.employer })

  await page.getByRole('menuitem', { name: '建言' }).click()
  await page.getByRole('button', { name: '导入台账' }).click()
  await expect(page.getByRole('heading', { name: '导入建言献策台账' })).toBeVisible()
  await page.locator('input[type=file]').setInputFiles({
    name: '2025年建言献策台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await ledgerWorkbook(),
  })

  // The mapping: the office's column names recognized.
  await expect(
    page.getByText('将导入 4 条；已存在 0 条、表内重复 1 条将跳过；有问题 2 条不导入'),
  ).toBeVisible({
    timeout: 30_000,
  })
  const mapping = page.getByRole('table', { name: /2025年建言献策/ })
  await expect(mapping.getByRole('combobox', { name: 'B 建议题目' })).toBeVisible()
  await expect(mapping.getByRole('row', { name: /建言人/ })).toContainText('提交人')
  await expect(mapping.getByRole('row', { name: /采纳层级/ })).toContainText('采用情况')
  await tallShot(page, 'suggestion-ledger-import-mapping.png', 1400)

  // The rows: problems named, the namesakes offered, not guessed.
  const rows = page.getByRole('table', { name: '逐行预览' })
  await expect(rows.getByRole('row', { name: /工作信息/ })).toContainText('不在建言类别字典中')
  await expect(rows.getByRole('row', { name: /2025-13-40/ })).toContainText('有问题')
  await expect(page.getByText('3 位提交人未能确定对应人员', { exact: false })).toBeVisible()
  await rows.getByRole('combobox', { name: '为“张伟”选择人员' }).first().click()
  await page.getByTitle('张伟（县人民医院）').click()
  await expect(page.getByText('2 位提交人未能确定对应人员', { exact: false })).toBeVisible()
  await page
    .locator('.ant-table-content')
    .last()
    .evaluate((el) => el.scrollTo(0, 0))
  await tallShot(page, 'suggestion-ledger-import-preview.png', 2000)

  await page.getByRole('button', { name: '确认导入' }).click()
  await confirmDialog(page, '确认导入建言献策台账？', '确认导入')
  await expect(page.getByText('已导入 4 条建言')).toBeVisible({ timeout: 60_000 })
  await page.screenshot({ path: join(shotsDir, 'suggestion-ledger-import-result.png') })

  const list = await api('suggestions.list', { year: 2025, pageSize: 50 })
  expect(list.total).toBe(4)
  const picked = list.items.find((s) => s.title.startsWith('关于完善律师参与'))!
  expect(picked.submitters.map((m) => [m.name, m.employer])).toEqual([
    ['张伟', '县人民医院'],
    ['刘洋', null],
    ['陈静', null],
  ])
  expect(list.items.map((s) => s.score).sort((a, b) => a - b)).toEqual([0, 20, 30, 35])

  await page.getByRole('button', { name: '查看建言列表' }).click()
  await expect(page.getByRole('button', { name: '导入台账' })).toBeVisible()
  await page.getByRole('menuitem', { name: '工作台' }).click()
  await expect(page.getByText('导入建言 4 条')).toBeVisible()
  expect(problems).toEqual([])
})
