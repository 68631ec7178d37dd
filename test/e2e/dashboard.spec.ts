import type { Page } from '@playwright/test'
import { localToday } from '../../shared/dates/calendar'
import { t } from '../../shared/i18n'
import { completeSetup, coreApi, expect, shotsDir, test } from './fixtures'

/** The figure on a dashboard card, as the page prints it (thousands separated). */
async function figure(page: Page, title: string): Promise<number> {
  const card = page.getByRole('button', { name: title, exact: true })
  const text = await card.locator('.ant-statistic-content-value').innerText()
  return Number(text.replace(/[,\s]/g, ''))
}

test('工作台 after demo data: non-zero figures, each opening a list of the same count', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  await completeSetup(page, app)
  const api = await coreApi(app)
  await api('persons.loadDemo', { scale: 'county', seed: 3 })
  const year = localToday().slice(0, 4)
  for (const [i, type] of ['01', '06', '05', '06'].entries())
    await api('activities.create', {
      type,
      title: `今年第${i + 1}场活动`,
      startDate: `${year}-0${i + 1}-15`,
      status: 'held',
      actualCount: 20 + i,
    })
  await api('activities.create', {
    type: '03',
    title: '年终座谈会',
    startDate: `${Number(year) + 1}-01-10`,
    status: 'planned',
  })

  await page.getByRole('menuitem', { name: '工作台' }).click()
  await page.reload()
  const total = await figure(page, '在册人数')
  expect(total).toBeGreaterThan(1000)
  expect(await figure(page, '今年活动场次')).toBe(4)
  expect(await figure(page, '培训班次')).toBe(2)
  await expect(page.getByText('年终座谈会')).toBeVisible()
  await page.screenshot({ path: `${shotsDir}/dashboard.png`, fullPage: true })

  await page.getByRole('button', { name: '在册人数', exact: true }).click()
  await expect(page.getByTestId('persons-total')).toHaveText(t.personsUi.list.total(total))

  await page.getByRole('menuitem', { name: '工作台' }).click()
  await page.getByRole('button', { name: '培训班次', exact: true }).click()
  await expect(page.getByTestId('activities-total')).toContainText('2')
  await page.screenshot({ path: `${shotsDir}/dashboard-trainings-list.png` })

  await page.getByRole('menuitem', { name: '工作台' }).click()
  const stale = page.getByRole('button', { name: '未填类别的人员' })
  if (await stale.count()) {
    const n = Number((await stale.locator('.ant-badge').innerText()).replace(/[,\s]/g, ''))
    await stale.click()
    await expect(page.getByTestId('persons-total')).toHaveText(t.personsUi.list.total(n))
    await page.screenshot({ path: `${shotsDir}/dashboard-quality-list.png` })
  }
})
