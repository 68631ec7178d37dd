import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { office } from '../unit/packages/exchange-fixtures'
import { validId } from '../unit/persons-fixtures'
import type { TestCore } from '../helpers/testCore'
import { countyReportsTo } from './countyReports'
import { t } from '../../shared/i18n'
import { localToday } from '../../shared/dates/calendar'
import { completeSetup, coreApi, expect, shotsDir, test, type Api } from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const txt = t.statisticsUi
const CITY = { code: '330600', name: '绍兴市委统战部' }

/** A county registered at the city with `n` persons of category 11 and one activity, reported up. */
function countyReports(city: Api, county: TestCore, n: number, year: number): Promise<void> {
  return countyReportsTo(city, CITY.code, county, `${year}年度`, async () => {
    for (let i = 0; i < n; i++)
      await county.ok('persons.create', {
        name: `人员${i}`,
        idNumber: validId(`198${i}-0${i + 1}-12`, '135', '330624'),
        categories: [{ code: '11' }],
      })
    await county.ok('activities.create', {
      type: '01',
      title: '座谈会',
      startDate: `${year}-03-15`,
      status: 'held',
      actualCount: 12,
    })
  })
}

test('统计 at a city: the unit picker narrows the charts and the yearly report to one county', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const year = Number(localToday().slice(0, 4))
  const counties = [
    await office('330624', '新昌县委统战部'),
    await office('330602', '越城区委统战部'),
  ]
  try {
    await completeSetup(page, app, CITY)
    const city = await coreApi(app)
    await countyReports(city, counties[0]!, 3, year)
    await countyReports(city, counties[1]!, 5, year)

    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('menuitem', { name: '统计' }).click()
    const picker = page.getByTestId('statistics-unit')
    await expect(picker).toContainText(txt.scope.all)
    const categories = page.locator('[data-chart="categories"]')
    await categories.getByText(txt.view.table).click()
    const row = categories.getByRole('row').filter({ hasText: /^民营企业管理技术人员/ })
    await expect(row).toContainText('8')

    await page.getByLabel(txt.scope.label).click()
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: '越城区委统战部（330602）' })
      .click()
    await page.keyboard.press('Escape')
    await expect(row).toContainText('5')
    await expect(row).not.toContainText('8')
    await page.screenshot({ path: join(shotsDir, 'statistics-unit-scope.png') })

    // The yearly report of the same county: its figures and its name as 填报单位.
    await page.getByRole('tab', { name: txt.tabs.reports }).click()
    const preview = page.getByTestId('reports-tab')
    await expect(preview.getByTestId('report-info-line')).toContainText('填报单位：越城区委统战部')
    await expect(preview.getByRole('row').filter({ hasText: /^在册人数/ })).toContainText('5')
    await preview.getByTestId('report-info-line').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(shotsDir, 'statistics-unit-scope-report.png') })
  } finally {
    for (const c of counties) c.cleanup()
  }
})
