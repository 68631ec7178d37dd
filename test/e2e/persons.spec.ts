import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import { maskIdNumber } from '../../shared/privacy/mask'
import { callFromPage, collectProblems, completeSetup, expect, shotsDir, test } from './fixtures'
import { confirmDialog } from './confirmDialog'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const validId = (first17: string) => `${first17}${idCheckDigit(first17)}`

/** The pages scroll inside the layout, not the window: a tall window shows a whole page. */
async function tallShot(page: Page, name: string) {
  const size = page.viewportSize()!
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0)
  await page.locator('.ant-layout-content').evaluate((el) => el.scrollTo(0, 0))
  await page.setViewportSize({ width: size.width, height: 2600 })
  await page.screenshot({ path: join(shotsDir, name), animations: 'disabled' })
  await page.setViewportSize(size)
}

/** Opens an antd Select by its label, types to filter, and takes the first match. */
async function pick(page: Page, label: string, text: string) {
  const box = page.getByLabel(label, { exact: true })
  await box.click()
  await box.fill(text)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

test('a person: bad ID first, then saved, found by initials, edited, in the history, deleted and restored', async ({
  page,
  app,
}) => {
  const problems = collectProblems(page)
  await completeSetup(page, app)

  // The county's own township dictionary, as an admin sets it up in 设置.
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '字典管理' }).click()
  await page.getByRole('button', { name: '新增' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('名称').fill('城关街道')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('cell', { name: '城关街道' })).toBeVisible()

  // Someone already registered, whom the search must leave out.
  const other = await callFromPage(page, 'persons.create', {
    name: '李华',
    idNumber: validId('33062419900101002'),
    employer: '城关律师事务所',
  })
  expect(other.ok).toBe(true)

  await page.getByRole('menuitem', { name: '人员' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText('共 1 人')
  await page.getByRole('button', { name: '新建人员' }).click()
  await expect(page.getByRole('heading', { name: '新建人员' })).toBeVisible()

  // A wrong check digit: the message names the field, and nothing is saved.
  await page.getByLabel('姓名', { exact: true }).fill('张晓明')
  const idBox = page.getByLabel('身份证号')
  await idBox.fill('330624198503121235')
  await idBox.press('Tab')
  const idItem = page.locator('.ant-form-item').filter({ has: idBox })
  await expect(idItem.locator('.ant-form-item-explain-error')).toHaveText(
    '身份证号校验位不正确，请核对',
  )
  await page.getByRole('button', { name: /保存$/ }).click()
  await expect(page.getByText('有 1 处需要修改，请查看标红的项目')).toBeVisible()
  await page.screenshot({ path: join(shotsDir, 'persons-form-bad-id.png'), animations: 'disabled' })

  // Fixed: birth date and sex come from the number.
  const id = validId('33062419850312123')
  await idBox.fill(id)
  await idBox.press('Tab')
  await expect(idItem.locator('.ant-form-item-explain-error')).toHaveCount(0)
  await expect(page.getByText('按身份证号：出生日期 1985-03-12，性别 男')).toBeVisible()
  await expect(page.getByLabel('出生年月')).toHaveValue('1985-03-12')
  await pick(page, '民族', '汉')
  await pick(page, '政治面貌', '民盟')
  await page.getByLabel('工作单位').fill('新昌华达机械有限公司')
  await page.getByLabel('职务', { exact: true }).fill('技术总监')
  await pick(page, '人员类别', '民营企业管理')
  await pick(page, '队伍类别', '代表')
  await page.getByLabel('手机').fill('138 1234 5678')
  await pick(page, '乡镇（街道）', '城关')
  await tallShot(page, 'persons-form.png')
  await page.getByRole('button', { name: /保存$/ }).click()

  await expect(page.getByRole('heading', { name: '张晓明' })).toBeVisible()
  await expect(page.getByText(maskIdNumber(id))).toBeVisible()
  await expect(page.getByText('138****5678')).toBeVisible()
  await expect(page.getByText('民营企业管理技术人员')).toBeVisible()
  await expect(page.getByText(id)).toHaveCount(0)
  await tallShot(page, 'persons-detail.png')

  // Found by pinyin initials from the list; the keyboard opens the row.
  await page.getByRole('menuitem', { name: '人员' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText('共 2 人')
  await page.keyboard.press('/')
  await page.keyboard.type('zxm')
  await expect(page.getByTestId('persons-total')).toHaveText('共 1 人')
  const grid = page.getByRole('grid', { name: '人员列表' })
  await expect(grid.getByRole('row', { name: /张晓明/ })).toBeVisible()
  await expect(grid.getByRole('row', { name: /李华/ })).toHaveCount(0)
  await expect(grid.getByText(maskIdNumber(id))).toBeVisible()
  await page.screenshot({ path: join(shotsDir, 'persons-list-search.png'), animations: 'disabled' })
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '张晓明' })).toBeVisible()

  // Edit one field, save with Ctrl+S, and see it in the 变更记录.
  await page.getByRole('button', { name: '编辑' }).click()
  await expect(page.getByRole('heading', { name: '编辑：张晓明' })).toBeVisible()
  await page.getByLabel('职务', { exact: true }).fill('总经理')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('heading', { name: '张晓明' })).toBeVisible()
  await expect(page.getByText('总经理')).toBeVisible()
  const history = page.locator('#person-history')
  await expect(history.getByText('修改人员 张晓明：职务')).toBeVisible()
  await expect(history.getByText('新建人员 张晓明')).toBeVisible()

  // The full number only on demand, and the look is audited.
  await page.getByRole('button', { name: '显示完整号码' }).click()
  await expect(page.getByTestId('revealed-value').first()).toHaveText(id)
  await expect(history.getByText(/查看 张晓明 的完整身份证号/)).toBeVisible()
  await tallShot(page, 'persons-detail-history.png')

  // Delete → 回收站 → 恢复.
  await page.getByRole('button', { name: '删除' }).click()
  const confirm = page.getByRole('dialog', { name: '确定删除“张晓明”吗？' })
  await expect(confirm.getByText('删除后该人员移入回收站，可在回收站恢复。')).toBeVisible()
  await confirm.getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('“张晓明”已移入回收站')).toBeVisible()
  await page.getByRole('button', { name: '回收站' }).click()
  const binRow = page.getByRole('row', { name: /张晓明/ })
  await expect(binRow).toBeVisible()
  await expect(binRow.getByText(maskIdNumber(id))).toBeVisible()
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0)
  await page.screenshot({ path: join(shotsDir, 'persons-recycle-bin.png'), animations: 'disabled' })
  await binRow.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByText('“张晓明”已恢复')).toBeVisible()
  await expect(page.getByText('回收站是空的')).toBeVisible()
  await page.getByRole('button', { name: '返回人员列表' }).click()
  await page.getByLabel('搜索人员').fill('')
  await expect(page.getByTestId('persons-total')).toHaveText('共 2 人')

  expect(problems).toEqual([])
})

test('demo data at county scale: thousands of rows, marked as demo, scroll smoothly', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const problems = collectProblems(page)
  await completeSetup(page, app)

  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '演示数据' }).click()
  await expect(page.getByTestId('demo-counts')).toHaveText('正式人员 0 人，演示人员 0 人')
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await confirmDialog(page, '加载演示数据？', '加载演示数据')
  await expect(page.getByText(/已加载 5,000 名演示人员/).first()).toBeVisible({ timeout: 120_000 })
  await page.screenshot({
    path: join(shotsDir, 'persons-demo-settings.png'),
    animations: 'disabled',
  })

  await page.getByRole('button', { name: '查看人员列表' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText('共 5,000 人')
  await expect(page.getByText(/当前人员库中有 5,000 名演示人员/)).toBeVisible()
  const grid = page.getByRole('grid', { name: '人员列表' })
  await expect(grid.locator('[aria-rowindex="2"]')).toContainText('演示')
  await page.screenshot({ path: join(shotsDir, 'persons-demo-list.png'), animations: 'disabled' })

  // Only the rows in view exist; the end of the list is one key away and fills in.
  expect(await grid.getByRole('row').count()).toBeLessThan(80)
  await grid.focus()
  await page.keyboard.press('End')
  const last = grid.locator('[aria-rowindex="5001"]')
  await expect(last).toBeVisible()
  await expect(last.locator('.pl-skeleton')).toHaveCount(0)
  await page.screenshot({
    path: join(shotsDir, 'persons-demo-list-end.png'),
    animations: 'disabled',
  })

  // A wheel through the middle: rows arrive and the total stays honest.
  await page.keyboard.press('Home')
  await grid.hover()
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 2400)
  await expect(grid.locator('.pl-skeleton')).toHaveCount(0)
  await expect(page.getByTestId('persons-total')).toHaveText('共 5,000 人')
  await page.screenshot({
    path: join(shotsDir, 'persons-demo-list-middle.png'),
    animations: 'disabled',
  })

  // A filter and a one-character search narrow it.
  await page.getByLabel('搜索人员').fill('张')
  await expect(page.getByTestId('persons-total')).not.toHaveText('共 5,000 人')
  await expect(grid.getByRole('row').nth(1)).toContainText('张')

  expect(problems).toEqual([])
})
