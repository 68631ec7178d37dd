import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { office } from '../unit/packages/exchange-fixtures'
import { validId } from '../unit/persons-fixtures'
import { activityDraft } from '../unit/activity-fixtures'
import type { TestCore } from '../helpers/testCore'
import { countyReportsTo } from './countyReports'
import {
  collectProblems,
  completeSetup,
  coreApi,
  expect,
  shotsDir,
  test,
  type Api,
} from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))

const CITY = { code: '330600', name: '绍兴市委统战部' }
const SHARED_ID = validId('1979-11-02', '135', '330624')
const LONG_EMPLOYER = '浙江省绍兴市新昌县某某精密机械制造股份有限公司驻上海办事处'

/** A county registered at the city, holding one person of the shared ID number, reported up. */
function countyReports(
  city: Api,
  county: TestCore,
  person: { name: string; employer: string },
): Promise<void> {
  return countyReportsTo(city, CITY.code, county, '2026年度', async () => {
    await county.ok('persons.create', { ...person, idNumber: SHARED_ID })
    await county.ok(
      'activities.create',
      activityDraft({
        title: `${person.employer}座谈会`,
        startDate: `${new Date().getFullYear()}-03-12`,
      }),
    )
    await county.ok('organizations.create', {
      kind: 'association',
      name: `${person.employer.slice(0, 6)}新联会`,
    })
  })
}

test('跨单位重复人员 at the city: a pair from two counties, marked 迁移 with a note, listed as done; the register narrowed to one unit', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  const counties = [
    await office('330624', '新昌县委统战部'),
    await office('330602', '越城区委统战部'),
  ]
  try {
    const problems = collectProblems(page)
    await completeSetup(page, app, CITY)
    const city = await coreApi(app)
    await countyReports(city, counties[0]!, { name: '欧阳建国', employer: LONG_EMPLOYER })
    await countyReports(city, counties[1]!, { name: '欧阳建国', employer: '越城区某某律师事务所' })

    await page.getByRole('menuitem', { name: '人员' }).click()
    await page.getByRole('button', { name: '跨单位重复' }).click()
    await expect(page.getByTestId('cross-unit-summary')).toHaveText('待处理 1 对，已处理 0 对')
    const row = page.locator('.ant-table-row')
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('330624 新昌县委统战部')
    await expect(row).toContainText('330602 越城区委统战部')
    await expect(row).toContainText(LONG_EMPLOYER)
    await expect(row).toContainText('3306**********')
    await expect(row).not.toContainText(SHARED_ID)
    await page.screenshot({ path: join(shotsDir, 'cross-unit-open.png') })

    await row.getByRole('button', { name: '标为迁移' }).click()
    await page.getByLabel('说明').fill('2026年6月由新昌县调往越城区')
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click()
    await expect(page.getByText('已保存标记')).toBeVisible()
    await expect(page.getByTestId('cross-unit-summary')).toHaveText('待处理 0 对，已处理 1 对')
    await expect(page.getByText('没有待处理的重复人员')).toBeVisible()

    await page.getByText('已处理', { exact: true }).click()
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('迁移')
    await expect(row).toContainText('2026年6月由新昌县调往越城区')
    await page.screenshot({ path: join(shotsDir, 'cross-unit-marked.png') })

    // The register at the city: every unit's persons, narrowed to one unit by the picker.
    await page.getByRole('menuitem', { name: '人员' }).click()
    await expect(page.getByTestId('persons-total')).toHaveText('共 2 人')
    await page.getByLabel('单位：本单位及下级').click()
    await page.getByRole('option', { name: '越城区委统战部（330602）' }).click()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('persons-total')).toHaveText('共 1 人')
    await page.screenshot({ path: join(shotsDir, 'cross-unit-scope.png') })

    // The activities ledger takes the same picker.
    await page.getByRole('menuitem', { name: '活动' }).click()
    await expect(page.getByTestId('activities-total')).toHaveText('共 2 项')
    await page.getByLabel('单位', { exact: true }).click()
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('新昌县委统战部（330624）', { exact: true })
      .click()
    await expect(page.getByTestId('activities-total')).toHaveText('共 1 项')
    await expect(page.locator('.ant-table-row')).toContainText(`${LONG_EMPLOYER}座谈会`)
    await expect(page.locator('.ant-table-row')).toContainText('新昌县委统战部')
    await page.keyboard.press('Escape')
    await page.screenshot({ path: join(shotsDir, 'cross-unit-activities.png') })

    // And the organizations.
    await page.getByRole('menuitem', { name: '组织' }).click()
    const orgRows = page.locator('.ant-table-row')
    await expect(orgRows).toHaveCount(2)
    await page.getByLabel('单位', { exact: true }).click()
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('越城区委统战部（330602）', { exact: true })
      .click()
    await expect(orgRows).toHaveCount(1)
    await expect(orgRows).toContainText('越城区某某律新联会')
    expect(problems).toEqual([])
  } finally {
    for (const c of counties) c.cleanup()
  }
})
