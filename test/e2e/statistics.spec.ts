import { readFileSync } from 'node:fs'
import { localToday } from '../../shared/dates/calendar'
import { t } from '../../shared/i18n'
import { completeSetup, coreApi, expect, shotsDir, test } from './fixtures'

const txt = t.statisticsUi
const CHARTS = ['categories', 'townships', 'months', 'pyramid', 'funnel']

test('统计 after demo data: charts drawn, period switched, table view, PNG saved, a bar opens its list', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  await completeSetup(page, app)
  const api = await coreApi(app)
  await api('persons.loadDemo', { scale: 'county', seed: 3 })
  const year = Number(localToday().slice(0, 4))
  for (const [i, type] of ['01', '06', '05', '06', '01', '03'].entries()) {
    for (const y of [year, year - 1])
      await api('activities.create', {
        type,
        title: `${y}年第${i + 1}场活动`,
        startDate: `${y}-${String(i + 1 + (y === year ? 0 : 1)).padStart(2, '0')}-15`,
        status: 'held',
        actualCount: 20 + i * (y === year ? 7 : 3),
      })
  }
  const someone = (await api('persons.list', { sort: 'name', order: 'asc', page: 1, pageSize: 3 }))
    .items
  const submitters = [{ personId: someone[0]!.id, isLead: true }]
  for (const [i, adopted] of [true, true, false, false, true].entries())
    await api('suggestions.create', {
      title: `关于第${i + 1}项工作的建议`,
      kind: '02',
      submittedOn: `${year}-0${i + 1}-10`,
      channel: '01',
      receivingBody: '县委统战部',
      summary: '建议内容',
      submitters,
      ...(adopted
        ? {
            adoptions: [
              {
                body: '县政府',
                level: 'county',
                adoptedOn: `${year}-0${i + 2}-01`,
                how: 'adopted',
              },
            ],
          }
        : {}),
      ...(i === 0
        ? { instructions: [{ leader: '县委书记', level: 'county', instructedOn: `${year}-03-01` }] }
        : {}),
    })

  await page.setViewportSize({ width: 1440, height: 900 })
  await page.getByRole('menuitem', { name: '统计' }).click()
  await expect(page.getByRole('tab', { name: txt.tabs.overview })).toBeVisible()
  for (const key of CHARTS)
    await expect(page.locator(`[data-chart="${key}"] div[role="img"] svg`)).toBeVisible()
  await expect(page.getByText(txt.period.line(`${year}-01-01`, `${year}-12-31`))).toBeVisible()
  await page.screenshot({ path: `${shotsDir}/statistics-overview.png` })
  for (const key of CHARTS)
    await page
      .locator(`[data-chart="${key}"]`)
      .screenshot({ path: `${shotsDir}/statistics-${key}.png` })

  // The table shows the engine's figures.
  const figures = (
    await api('statistics.indicators', {
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      ids: ['persons.category.11', 'suggestions.submitted'],
    })
  ).values
  const categories = page.locator('[data-chart="categories"]')
  await categories.getByText(txt.view.table).click()
  const row = categories.getByRole('row').filter({ hasText: /^民营企业管理技术人员/ })
  await expect(row).toContainText(figures['persons.category.11']!.toLocaleString('zh-CN'))
  const funnel = page.locator('[data-chart="funnel"]')
  await funnel.getByText(txt.view.table).click()
  await expect(funnel.getByRole('row').filter({ hasText: /^报送/ })).toContainText(
    String(figures['suggestions.submitted']),
  )
  await page.screenshot({ path: `${shotsDir}/statistics-tables.png` })
  await categories.getByText(txt.view.chart).click()

  // 保存图片 → PNG: a real PNG file named after the chart and period.
  const download = page.waitForEvent('download')
  await categories.getByRole('button', { name: txt.save }).hover()
  await page.getByRole('menuitem', { name: txt.savePng }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(
    txt.fileName(txt.charts.categories.title, String(year), 'png'),
  )
  const saved = `${shotsDir}/statistics-saved-chart.png`
  await file.saveAs(saved)
  expect(readFileSync(saved).subarray(1, 4).toString()).toBe('PNG')

  // A quarter: the engine is asked again and the months chart has three months.
  await page.getByText(txt.period.kinds.quarter, { exact: true }).click()
  await page.getByRole('combobox', { name: txt.period.kinds.quarter }).click()
  await page.getByTitle(txt.period.quarter(1)).click()
  await expect(page.getByText(txt.period.line(`${year}-01-01`, `${year}-03-31`))).toBeVisible()
  const months = page.locator('[data-chart="months"]')
  await months.getByText(txt.view.table).click()
  await expect(months.getByRole('row')).toHaveCount(4)
  await page.screenshot({ path: `${shotsDir}/statistics-quarter.png` })

  // A 子类 bar opens the persons on the register in that category: the same count.
  await page.getByText(txt.period.kinds.year, { exact: true }).click()
  const bar = categories.locator('div[role="img"] svg path[fill="#7fb0e6"]').first()
  await bar.click()
  await expect(page).toHaveURL(/#\/persons$/)
  await expect(page.getByTestId('persons-total')).toHaveText(
    t.personsUi.list.total(figures['persons.category.11']!),
  )
})
