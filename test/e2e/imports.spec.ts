import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { collectProblems, completeSetup, expect, shotsDir, tallShot, test } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const SAMPLES = join(process.cwd(), 'test', 'fixtures', 'samples')
const FILE = 'sample-county-messy.xlsx'

interface TruthFile {
  file: string
  sheets: { name: string; rows: { expect: 'import' | 'reject' | 'duplicate' }[] }[]
}

/** What the truth file says the wizard must count for one sample, row by row. */
function expectedCounts(file: string) {
  const truth = JSON.parse(readFileSync(join(SAMPLES, 'sample-truth.json'), 'utf8')) as {
    files: TruthFile[]
  }
  const rows = truth.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.rows)
  const count = (e: string) => rows.filter((r) => r.expect === e).length
  return { created: count('import'), rejected: count('reject'), duplicates: count('duplicate') }
}

const countOf = (page: Page, key: string) =>
  page.getByTestId(`import-count-${key}`).locator('.ant-statistic-content-value')

test('import wizard: the messy county roster previews as the truth says, imports, and rolls back', async ({
  page,
  app,
}) => {
  const problems = collectProblems(page)
  const expected = expectedCounts(FILE)
  expect(expected.created).toBeGreaterThan(0)
  await completeSetup(page, app)

  await page.getByRole('menuitem', { name: '人员' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText('共 0 人')
  await page.getByRole('button', { name: '导入' }).click()
  await expect(page.getByRole('heading', { name: '导入人员名单' })).toBeVisible()

  await page.locator('input[type=file]').setInputFiles(join(SAMPLES, FILE))

  // The preview: counts from the truth, the two-level header found, the mapping editable.
  await expect(countOf(page, 'created')).toHaveText(String(expected.created))
  await expect(countOf(page, 'rejected')).toHaveText(String(expected.rejected))
  await expect(countOf(page, 'duplicates')).toHaveText(String(expected.duplicates))
  await expect(countOf(page, 'updated')).toHaveText('0')
  await expect(page.getByText('表头在第 3、4 行').first()).toBeVisible()
  const nameSelect = page.getByRole('combobox', { name: 'B 名字' }).first()
  await expect(nameSelect).toBeVisible()

  // Rejected rows name sheet, row, column and reason.
  const rejectedTab = page.getByRole('tab', { name: `拒绝（${expected.rejected}）` })
  await expect(rejectedTab).toBeVisible()
  await expect(page.getByText('身份证号校验位不正确，请核对；本行未导入').first()).toBeVisible()
  await tallShot(page, 'imports-preview.png')

  // Remapping re-previews: 备注 not imported, then back; counts stay as the truth says.
  const remarks = page.getByRole('combobox', { name: 'M 备注' }).first()
  await remarks.click()
  await remarks.fill('不导入')
  await page.locator('.ant-select-dropdown:visible').getByTitle('（不导入）').click()
  await expect(page.getByRole('row').filter({ hasText: '备注' }).first()).toContainText('手动指定')
  await expect(countOf(page, 'created')).toHaveText(String(expected.created))

  await page.getByRole('button', { name: /^确认导入/ }).click()
  await page
    .getByRole('dialog', { name: '确认导入？' })
    .getByRole('button', { name: '开始导入' })
    .click()
  await expect(page.getByText(`导入完成：新建 ${expected.created} 人，更新 0 人`)).toBeVisible({
    timeout: 30_000,
  })
  await tallShot(page, 'imports-result.png')

  await page.getByRole('button', { name: '查看人员' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText(`共 ${expected.created} 人`)

  await tallShot(page, 'imports-persons-list.png')
  // An imported person's 变更记录 names the import that created them.
  const grid = page.getByRole('grid', { name: '人员列表' })
  await grid.getByRole('row').nth(1).click()
  await page.keyboard.press('Enter')
  await expect(page.locator('#person-history').getByText(`由导入新建：${FILE}`)).toBeVisible()
  await tallShot(page, 'imports-person-history.png')
  await page.getByRole('menuitem', { name: '人员' }).click()
  // 导出 Excel hands the list over as a file, masked unless asked otherwise.
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const exportDialog = page.getByRole('dialog', { name: '导出人员名单' })
  await expect(exportDialog).toContainText(`全部人员，共 ${expected.created} 人`)
  const download = page.waitForEvent('download')
  await exportDialog.getByRole('button', { name: '导出' }).click()
  expect((await download).suggestedFilename()).toMatch(/^人员名单-.*\.xlsx$/)
  await expect(page.getByText(new RegExp(`已导出 ${expected.created} 人到`))).toBeVisible()

  // 导入记录 → 撤销本次导入 says what it will do, and the register is empty again.
  await page.getByRole('button', { name: '导入' }).click()
  await page.getByRole('tab', { name: '导入记录' }).click()
  const batch = page.getByRole('row').filter({ hasText: FILE })
  await expect(batch).toContainText(`新建 ${expected.created}`)
  await batch.getByRole('button', { name: '撤销本次导入' }).click()
  const confirm = page.getByRole('dialog', { name: `撤销导入“${FILE}”？` })
  await expect(confirm).toContainText(`将删除这次导入新建的 ${expected.created} 名人员`)
  await confirm.getByRole('button', { name: '撤销导入' }).click()
  await expect(page.getByText(`已撤销：删除 ${expected.created} 人，恢复 0 人`)).toBeVisible()
  await expect(batch).toContainText('撤销')
  await tallShot(page, 'imports-history.png')

  await page.getByRole('menuitem', { name: '人员' }).click()
  await expect(page.getByTestId('persons-total')).toHaveText('共 0 人')
  expect(problems).toEqual([])
})

test('an old .xls file gets a plain message on how to save it as .xlsx', async ({ page, app }) => {
  await completeSetup(page, app)
  await page.evaluate(() => (window.location.hash = '#/persons/import'))
  // The OLE2 signature of an Excel 97-2003 workbook.
  const ole = Buffer.from([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ])
  await page.locator('input[type=file]').setInputFiles({
    name: '花名册.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: ole,
  })
  await expect(page.getByText('无法读取这个文件')).toBeVisible()
  await expect(page.getByText(/Excel 97-2003 格式（\.xls）.*另存为/)).toBeVisible()
})

/** Excel 2003 XML with one sheet per township and a year.month typed as a General number. */
function townshipWorkbook(): Buffer {
  const sheet = (name: string, rows: string[][]) =>
    `<Worksheet ss:Name="${name}"><Table>${rows
      .map(
        (r) =>
          `<Row>${r
            .map((v) =>
              /^\d+\.\d+$/.test(v)
                ? `<Cell><Data ss:Type="Number">${v}</Data></Cell>`
                : `<Cell><Data ss:Type="String">${v}</Data></Cell>`,
            )
            .join('')}</Row>`,
      )
      .join('')}</Table></Worksheet>`
  const header = ['姓名', '性别', '出生年月', '工作单位']
  const xml = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${sheet(
    '城关镇',
    [header, ['张三', '男', '1986.1', '城关镇人民政府'], ['李四', '女', '1990.12', '县医院']],
  )}${sheet('南山街道', [header, ['王五', '男', '1975.1', '南山社区']])}</Workbook>`
  return Buffer.from(xml, 'utf8')
}

test('import wizard: year.month readings to confirm, the encoding switch and township by sheet name', async ({
  page,
  app,
}) => {
  const problems = collectProblems(page)
  await completeSetup(page, app)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '字典管理' }).click()
  for (const name of ['城关镇', '南山街道']) {
    await page.getByRole('button', { name: '新增' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('名称').fill(name)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible()
  }

  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('button', { name: '导入' }).click()
  await page.locator('input[type=file]').setInputFiles({
    name: '乡镇名单.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: townshipWorkbook(),
  })
  await expect(countOf(page, 'created')).toHaveText('3')

  // 1986.1 and 1975.1 are listed to confirm; apply waits for the tick.
  const checks = page.getByTestId('reading-checks')
  await expect(checks).toContainText('有 2 处日期需要您核对')
  await expect(checks.getByRole('cell', { name: '1986-01' })).toBeVisible()
  await expect(page.getByText('请先核对日期')).toBeVisible()
  const apply = page.getByRole('button', { name: /^确认导入/ })
  await expect(apply).toBeDisabled()

  // The encoding, as decided, with its switch; the township option on for each sheet.
  await expect(page.getByTestId('encoding-switch')).toContainText('根据文件内容自动判断')
  await expect(page.getByText('乡镇（街道）将按工作表名称填写：城关镇、南山街道')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '按工作表名称填写乡镇（街道）' })).toBeChecked()
  await tallShot(page, 'imports-checks.png')

  await checks.getByRole('checkbox').check()
  await expect(apply).toBeEnabled()
  expect(problems).toEqual([])
})
