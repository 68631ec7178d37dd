import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { localToday } from '../../shared/dates/calendar'
import { completeSetup, coreApi, expect, shotsDir, test } from './fixtures'

/**
 * 统计报表 end to end: the default template is shown with last year's figures, copied and
 * edited (an indicator found by search, moved up by keyboard, a section header), saved,
 * exported (.xlsx read back: the same figures as the core computes), printed to PDF (pages
 * kept as PNG in artifacts/pdf to be looked at) and locked.
 */
const pdfDir = join(process.cwd(), 'artifacts', 'pdf')
test.beforeAll(() => {
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(shotsDir, { recursive: true })
})

test('a report template is edited, previewed, exported, printed and locked', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  await completeSetup(page, app)
  const api = await coreApi(app)
  await api('persons.loadDemo', { scale: 'county', seed: 5 })
  const year = Number(localToday().slice(0, 4)) - 1
  for (const [i, type] of ['01', '06', '05'].entries())
    await api('activities.create', {
      type,
      title: `第${i + 1}场活动`,
      startDate: `${year}-0${i + 3}-10`,
      status: 'held',
      actualCount: 30 + i,
      donationFen: i === 2 ? 2_500_000 : null,
    })
  await api('activities.create', {
    type: '01',
    title: '前年的活动',
    startDate: `${year - 1}-05-10`,
    status: 'held',
  })

  await page.goto(`${app.shell.url}#/statistics/reports`)
  const preview = page.getByTestId('report-preview')
  await expect(preview.getByText('在册人数', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(preview.getByRole('row', { name: /^活动场次 / })).toContainText('3')
  await page.screenshot({ path: join(shotsDir, 'reports-templates-default.png'), fullPage: true })

  // Copy the default, rename it, add 捐款金额 by search, move it up by keyboard, add a section.
  await page.getByRole('button', { name: '复制为新模板' }).click()
  await page.getByLabel('模板名称').fill('年度简表')
  await page.getByLabel('表名（打印标题）').fill('新的社会阶层人士统战工作年度简表')
  await page.getByRole('searchbox', { name: '搜索指标名称或编号' }).fill('捐款')
  const picker = page.getByTestId('indicator-picker')
  await picker.getByRole('button', { name: /捐款金额/ }).click()
  const rows = page.getByTestId('template-rows').locator('li')
  const count = await rows.count()
  await expect(rows.nth(count - 1)).toHaveAttribute('aria-label', /捐款金额/)
  await rows
    .nth(count - 1)
    .getByRole('button', { name: '上移' })
    .focus()
  await page.keyboard.press('Enter')
  await expect(rows.nth(count - 2)).toHaveAttribute('aria-label', /捐款金额/)
  await page.getByRole('button', { name: '添加分节标题' }).click()
  await rows.nth(count).getByRole('textbox').fill('其他')
  await page.getByRole('button', { name: '保存模板' }).click()
  await expect(page.getByText('已保存报表模板“年度简表”')).toBeVisible()
  await expect(preview.getByRole('row', { name: /^捐款金额 / }).first()).toContainText('2.50')
  await page.screenshot({ path: join(shotsDir, 'reports-templates-editor.png'), fullPage: true })

  const templates = await api('reports.templates', {})
  const mine = templates.find((x) => x.name === '年度简表')!
  const period = { from: `${year}-01-01`, to: `${year}-12-31` }
  const computed = await api('reports.compute', { templateId: mine.id, period })
  const figure = (id: string) => computed.lines.find((l) => l.indicatorId === id)!.values[0]

  // Export: the sheet holds the figures the core computed.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const file = join(pdfDir, 'report-templates.xlsx')
  await (await download).saveAs(file)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const cells = new Map<string, unknown>()
  wb.worksheets[0]!.eachRow((row) => {
    const v = (row.values as unknown[]).slice(1)
    cells.set(String(v[0]).trim(), v[2])
  })
  expect(wb.worksheets[0]!.getCell('A1').value).toBe('新的社会阶层人士统战工作年度简表')
  expect(cells.get('在册人数')).toBe(figure('persons.total'))
  expect(cells.get('活动场次')).toBe(3)
  expect(cells.get('捐款金额')).toBe(2.5)

  // Print: A4 portrait PDF with unit, period, notes and the 填报人 line.
  await page.getByRole('button', { name: '打印' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
    timeout: 30_000,
  })
  await page.screenshot({ path: join(shotsDir, 'reports-templates-print-preview.png') })
  const pdf = join(pdfDir, 'report-templates.pdf')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  for (const f of readdirSync(pdfDir).filter((n) => n.startsWith('report-templates-page')))
    execFileSync('rm', ['-f', join(pdfDir, f)])
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pdfDir, 'report-templates-page')])
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  )
  expect(text).toContain('新的社会阶层人士统战工作年度简表')
  expect(text).toContain(`填报单位：新昌县委统战部统计期：${year}年度`)
  expect(text).toContain('一人属多类的，分类合计大于总数。')
  expect(text).toContain('填报人：')
  expect(text).toContain(`在册人数人${figure('persons.total')}`)

  // Lock, after confirming; the locked list shows it.
  await page.goto(`${app.shell.url}#/statistics/reports`)
  await expect(preview.getByText('在册人数', { exact: true })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: '锁定本期报表' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click()
  await expect(page.getByTestId('locked-reports').getByRole('row')).toHaveCount(2)
  await page.screenshot({ path: join(shotsDir, 'reports-templates-locked.png'), fullPage: true })
  expect(await api('reports.locked', {})).toHaveLength(1)
  expect(problems).toEqual([])
})
