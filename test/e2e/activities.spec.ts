import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import {
  callFromPage,
  collectProblems,
  completeSetup,
  expect,
  pageHeaders,
  shotsDir,
  test,
} from './fixtures'

test.beforeAll(() => mkdirSync(shotsDir, { recursive: true }))
// An action that cannot happen should fail with its locator, not run into the test timeout.
test.use({ actionTimeout: 20_000 })

/** The pages scroll inside the layout, not the window: a tall window shows a whole page. */
async function tallShot(page: Page, name: string, height = 2400) {
  const size = page.viewportSize()!
  await expect(page.locator('.ant-spin-blur')).toHaveCount(0)
  await page.locator('.ant-layout-content').evaluate((el) => el.scrollTo(0, 0))
  await page.setViewportSize({ width: size.width, height })
  await page.screenshot({ path: join(shotsDir, name), animations: 'disabled' })
  await page.setViewportSize(size)
}

/** Waits for the toasts to go, so a screenshot shows the page. */
async function quiet(page: Page) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
}

/** Calls the core through the web shell as the signed-in user (the page's credential). */
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const r = await callFromPage<T>(page, method, input)
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`)
  return r.value as T
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('')
const GIVEN = ['建国', '晓明', '丽华', '志强', '海燕', '文博', '雅琴', '国栋']
/** 20 × 8 distinct names: the i-th person of the seed. */
const nameOf = (i: number) => `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20)]}`

/**
 * The register of the test: 137 代表人士 of 城关镇 (the filter's catch), plus people the
 * filter must leave out — 一般联系 of 城关镇 and 代表人士 of 南明街道.
 */
async function seedRegister(page: Page): Promise<{ ids: string[] }> {
  const chengguan = await api<{ code: string }>(page, 'dictionaries.save', {
    kind: 'township',
    name: '城关镇',
  })
  const nanming = await api<{ code: string }>(page, 'dictionaries.save', {
    kind: 'township',
    name: '南明街道',
  })
  const drafts = Array.from({ length: 147 }, (_, i) => ({
    name: nameOf(i),
    sex: i % 3 === 0 ? '2' : '1',
    employer: `新昌${['华达机械', '城关律师事务所', '星光传媒', '天姥会计师事务所'][i % 4]}`,
    jobTitle: ['总经理', '合伙人', '主编', '副总经理'][i % 4],
    township: i < 142 ? chengguan.code : nanming.code,
    team: i < 137 || i >= 142 ? '1' : '3',
  }))
  const headers = await pageHeaders(page)
  const ids = await page.evaluate(
    async ([list, h]) => {
      const out: string[] = []
      for (const d of list) {
        const res = await fetch('/api/persons.create', {
          method: 'POST',
          headers: h,
          body: JSON.stringify(d),
        })
        const r = (await res.json()) as { ok: boolean; value: { person: { id: string } } }
        if (!r.ok) throw new Error(JSON.stringify(r))
        out.push(r.value.person.id)
      }
      return out
    },
    [drafts, headers] as const,
  )
  return { ids }
}

/**
 * Opens an antd Select by its label and clicks the option. A multiple select stays open after
 * a pick, so a click on `away` (a plain spot of the same dialog) closes it, as a user would.
 */
async function pick(
  scope: Page | Locator,
  page: Page,
  label: string,
  option: string,
  away?: Locator,
) {
  const box = scope.getByLabel(label, { exact: true })
  await box.click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  if (away) await away.click()
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

test('an activity: created, 137 participants added by a filter, attendance marked by 序号, 实到 shown', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  const problems = collectProblems(page)
  await completeSetup(page, app)
  await seedRegister(page)

  // Create the activity through the form.
  await page.getByRole('menuitem', { name: '活动' }).click()
  await expect(page.getByRole('heading', { name: '活动' })).toBeVisible()
  await page.getByRole('button', { name: '新建活动' }).click()
  await expect(page.getByRole('heading', { name: '新建活动' })).toBeVisible()
  await page.getByLabel('活动名称').fill('“凝聚新力量·筑梦新时代”代表人士座谈会')
  await pick(page, page, '活动类型', '主题研讨')
  await page.getByLabel('主题', { exact: true }).fill('凝聚新力量·筑梦新时代')
  await page.getByLabel('开始时间').fill('14:30')
  await page.getByLabel('地点').fill('县新联会活动中心')
  const host = page.getByLabel('主办单位')
  await host.fill('中共新昌县委统战部')
  await host.press('Enter')
  await page.getByLabel('计划人数').fill('140')
  await page.getByLabel('捐款金额').fill('12800.5')
  await page
    .locator('label')
    .filter({ hasText: /^已举办$/ })
    .click()
  await expect(page.getByRole('radio', { name: '已举办' })).toBeChecked()
  await tallShot(page, 'activity-form.png', 1800)
  await page.keyboard.press('Control+s')

  const title = page.getByRole('heading', { name: /代表人士座谈会/ })
  await expect(title).toBeVisible()
  await expect(page.getByText('¥12,800.50')).toBeVisible()
  await expect(page.getByTestId('expected-count')).toHaveText('0人')

  // 137 participants by a filter: every 代表人士 of 城关镇.
  await page.getByRole('button', { name: '添加参加人员' }).click()
  const dialog = page.getByRole('dialog', { name: '添加参加人员' })
  await dialog.getByRole('tab', { name: '按条件筛选' }).click()
  const hint = dialog.getByText('选择条件后，符合条件的人员将全部加入名单')
  await pick(dialog, page, '乡镇（街道）', '城关镇', hint)
  await expect(dialog.getByTestId('filter-count')).toHaveText('符合条件 142 人')
  await pick(dialog, page, '队伍类别', '代表人士', hint)
  await expect(dialog.getByTestId('filter-count')).toHaveText('符合条件 137 人')
  await page.screenshot({
    path: join(shotsDir, 'activity-add-by-filter.png'),
    animations: 'disabled',
  })
  await dialog.getByRole('button', { name: '添加 137 人' }).click()
  await expect(page.getByText('已添加 137 人')).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('expected-count')).toHaveText('137人')
  await expect(page.getByText('共 137 人').first()).toBeVisible()
  const table = page.getByRole('table', { name: '参加人员' })
  await expect(table.getByRole('row').nth(1)).toContainText('1')

  // A bad list is named item by item and changes nothing.
  const seq = page.getByLabel('签到表序号')
  await seq.fill('1-12，200、abc')
  await seq.press('Enter')
  const problemsList = page.getByTestId('seq-problems')
  await expect(problemsList).toContainText('第 2 项“200”超出范围：本表共 137 人')
  await expect(problemsList).toContainText('第 3 项“abc”不是有效的序号')
  await expect(page.getByTestId('actual-count')).toHaveText('0人')
  await page.screenshot({ path: join(shotsDir, 'activity-seq-error.png'), animations: 'disabled' })

  // The 序号 that signed the sheet.
  await seq.fill('1-100，102、105')
  await seq.press('Enter')
  await expect(page.getByText('已按序号登记 102 人为“出席”')).toBeVisible()
  await expect(page.getByTestId('actual-count')).toHaveText('102人')
  await expect(page.getByTestId('seq-problems')).toHaveCount(0)
  await expect(table.getByRole('row').nth(1)).toContainText('出席')
  await quiet(page)
  await page.screenshot({ path: join(shotsDir, 'activity-page-top.png'), animations: 'disabled' })
  await tallShot(page, 'activity-page.png', 3000)

  // The same figure in the core, and on the list with its totals.
  const list = await api<{
    summary: { actual: number; expected: number }
    items: { seq: number; personId: string; name: string }[]
  }>(page, 'participants.list', { activityId: page.url().split('/activities/')[1] })
  expect(list.summary).toMatchObject({ expected: 137, actual: 102 })
  // Other activities of the year: a training, a charity day, and one cancelled (never counted).
  const year = new Date().getFullYear()
  await api(page, 'activities.create', {
    type: '06',
    title: `${year} 年新的社会阶层代表人士培训班`,
    status: 'held',
    startDate: `${year}-03-15`,
    endDate: `${year}-03-17`,
    place: '县社会主义学院',
    actualCount: 45,
    trainingDays: 3,
    trainingLevel: 'county',
    trainingSchool: '新昌县社会主义学院',
  })
  await api(page, 'activities.create', {
    type: '10',
    title: '“同心助学”公益行',
    status: 'held',
    startDate: `${year}-06-01`,
    place: '城关镇中心小学',
    actualCount: 18,
    beneficiaries: 120,
    donationFen: 5_000_000,
    goodsFen: 1_200_000,
    volunteerHours: 64,
  })
  await api(page, 'activities.create', {
    type: '08',
    title: '新媒体从业人员联谊沙龙',
    status: 'cancelled',
    startDate: `${year}-04-20`,
    actualCount: 30,
  })
  await page.getByRole('menuitem', { name: '活动' }).click()
  const row = page.getByRole('row', { name: /代表人士座谈会/ })
  await expect(row).toContainText('137')
  await expect(row).toContainText('102')
  const totals = page.getByTestId('activity-totals')
  await expect(totals).toContainText('活动2 场')
  await expect(totals).toContainText('培训1 期')
  await expect(totals).toContainText('参加165 人次')
  await expect(totals).toContainText('¥74,800.50')
  await expect(page.getByTestId('activities-total')).toHaveText('共 4 项')
  await quiet(page)
  await page.screenshot({ path: join(shotsDir, 'activities-list.png'), animations: 'disabled' })

  // A participant's page counts what they attended.
  const first = list.items.find((p) => p.seq === 1)!
  await page.evaluate((id) => (window.location.hash = `#/persons/${id}`), first.personId)
  await expect(page.getByRole('heading', { name: first.name })).toBeVisible()
  await expect(page.getByTestId('person-activity-counts')).toHaveText('参加活动 1 次，培训 0 期')
  await page.locator('#person-activities').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(shotsDir, 'person-activities.png'), animations: 'disabled' })

  expect(problems).toEqual([])
})

test('organizations: the tree, an organization page with members, and a cross-membership warning', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000)
  const problems = collectProblems(page)
  await completeSetup(page, app)
  const { ids } = await seedRegister(page)

  // The county association through the form; it forbids cross-membership.
  await page.getByRole('menuitem', { name: '组织' }).click()
  await expect(page.getByRole('heading', { name: '组织' })).toBeVisible()
  await page.getByRole('button', { name: '新建组织' }).click()
  const form = page.getByRole('dialog', { name: '新建组织' })
  await form.getByLabel('名称', { exact: true }).fill('新昌县新的社会阶层人士联合会')
  await form.getByLabel('简称').fill('县新联会')
  await form.getByLabel('成立日期').fill('2018.6.18')
  await form.getByLabel('届次').fill('第二届')
  await pick(form, page, '登记状态', '已登记')
  await form.getByRole('checkbox', { name: '不允许交叉任职' }).check()
  await page.screenshot({ path: join(shotsDir, 'organization-form.png'), animations: 'disabled' })
  await form.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已新建“新昌县新的社会阶层人士联合会”')).toBeVisible()

  // The rest of the tree through the API.
  const tree = await api<{ id: string; name: string }[]>(page, 'organizations.tree', {})
  const county = tree.find((o) => o.name === '新昌县新的社会阶层人士联合会')!
  await api(page, 'organizations.create', {
    kind: 'branch',
    parentId: county.id,
    name: '城关镇分会',
    level: 'township',
    foundedOn: '2020-03-01',
  })
  const team = await api<{ id: string }>(page, 'organizations.create', {
    kind: 'service_team',
    name: '新联会服务团',
    level: 'county',
  })
  await api(page, 'organizations.create', {
    kind: 'service_unit',
    parentId: team.id,
    name: '法律服务队',
    serviceField: '法律',
  })
  await api(page, 'organizations.create', {
    kind: 'practice_base',
    name: '新昌高新园区新的社会阶层人士实践创新基地',
    level: 'province',
    hostType: 'industrial_park',
    hostOrg: '新昌高新技术产业园区管委会',
    batch: '第二批',
    namedOn: '2021-06-18',
    peopleCovered: 320,
  })
  const media = await api<{ id: string }>(page, 'organizations.create', {
    kind: 'association',
    name: '新昌县网络人士联谊会',
    level: 'county',
  })
  const posts = ['01', '02', '03', '03', '04', '05', '05', '05', '05', '07', '07', '07']
  for (const [i, post] of posts.entries())
    await api(page, 'memberships.add', {
      organizationId: county.id,
      personIds: [ids[i]],
      post,
      term: '第二届',
      startDate: '2023-06-01',
    })
  await api(page, 'memberships.add', {
    organizationId: media.id,
    personIds: [ids[20]],
    post: '07',
  })

  await page.reload()
  await expect(page.getByRole('row', { name: /法律服务队/ })).toBeVisible()
  await quiet(page)
  await expect(page.getByRole('row', { name: /实践创新基地/ })).toContainText('产业园区')
  await page.screenshot({ path: join(shotsDir, 'organizations-tree.png'), animations: 'disabled' })

  // Its page: add a member found by name; the one also in 网络人士联谊会 is flagged.
  await page.getByRole('link', { name: '新昌县新的社会阶层人士联合会' }).click()
  await expect(page.getByRole('heading', { name: /新昌县新的社会阶层人士联合会/ })).toBeVisible()
  await expect(page.getByText('在任 12 人')).toBeVisible()
  await page.getByRole('button', { name: '添加成员' }).click()
  const add = page.getByRole('dialog', { name: /添加成员/ })
  await pick(add, page, '本会职务', '理事')
  await add.getByRole('textbox', { name: '搜索人员' }).fill(nameOf(20))
  await expect(add.getByRole('row', { name: new RegExp(nameOf(20)) })).toBeVisible()
  await add.getByRole('textbox', { name: '搜索人员' }).press('Enter')
  await expect(add.getByText('已选 1 人')).toBeVisible()
  await page.screenshot({
    path: join(shotsDir, 'organization-add-members.png'),
    animations: 'disabled',
  })
  await add.getByRole('button', { name: '添加 1 人' }).click()
  await expect(page.getByText('交叉任职提示').first()).toBeVisible()
  await expect(
    page
      .getByText(`${nameOf(20)} 同时是“新昌县新的社会阶层人士联合会”和“新昌县网络人士联谊会”的成员`)
      .first(),
  ).toBeVisible()
  await expect(page.getByText('在任 13 人')).toBeVisible()
  await page.locator('.ant-notification-notice-close').click()

  // End a term: kept as 已卸任, shown with 含已卸任.
  const last = page.getByRole('row', { name: new RegExp(nameOf(11)) })
  await last.getByRole('button', { name: '卸任' }).click()
  const end = page.getByRole('dialog', { name: `${nameOf(11)} 卸任` })
  await end.getByLabel('卸任日期').fill('2024-12-31')
  await end.getByRole('button', { name: '卸任' }).click()
  await expect(page.getByText(`已登记 ${nameOf(11)} 卸任`)).toBeVisible()
  await expect(page.getByText('在任 12 人')).toBeVisible()
  await quiet(page)
  await tallShot(page, 'organization-page.png')

  expect(problems).toEqual([])
})
