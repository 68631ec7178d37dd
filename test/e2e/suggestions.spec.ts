import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Input, Method, Output } from '../../shared/contract'
import { SessionSlot } from '../../electron/core/session'
import type { LaunchedWebShell } from '../../electron/web/launch'
import { ADMIN, completeSetup, expect, shotsDir, test } from './fixtures'

/**
 * 建言献策 end to end: a suggestion with two submitters, a city adoption and a province 批示
 * entered on the form; its score follows the rule; a rule change moves it while a locked
 * last year stays; the 台账 prints to PDF and exports; the CLI lists the same scores.
 */
type App = LaunchedWebShell & { dataDir: string }
type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>
const pdfDir = join(process.cwd(), 'artifacts', 'pdf')

async function coreApi(app: App): Promise<Api> {
  const slot = new SessionSlot()
  const api: Api = async (method, input) => {
    const r = await app.core.call(slot, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  await api('auth.login', { username: ADMIN.username, password: ADMIN.password })
  return api
}

test('a suggestion is scored by the rule, re-scored on a change, printed, exported and listed', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000)
  mkdirSync(pdfDir, { recursive: true })
  await completeSetup(page, app).catch(async () => {
    // The production password cost is slow on a loaded machine: give the first sign-in longer.
    await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible({ timeout: 60_000 })
  })
  const api = await coreApi(app)
  const year = new Date().getFullYear()
  const wang = await api('persons.create', { name: '王建国', employer: '华达机械有限公司' })
  await api('persons.create', { name: '李晓梅', employer: '明律律师事务所' })
  // Last year: one bulletin suggestion adopted by the county, then the year is locked.
  await api('suggestions.create', {
    title: '去年的社情民意',
    kind: '01',
    submittedOn: `${year - 1}-05-01`,
    channel: '01',
    submitters: [{ personId: wang.person.id }],
    adoptions: [
      { body: '县委办', level: 'county', adoptedOn: `${year - 1}-06-01`, how: 'published' },
    ],
  })
  await api('suggestions.lockYear', { year: year - 1 })

  await page.goto(`${app.shell.url}#/suggestions/new`)
  await page.getByLabel('标题').fill('关于优化县域营商环境的建议')
  await page.getByLabel('提交日期').fill(`${year}-03-01`)
  await page.getByRole('combobox', { name: '报送渠道' }).click()
  await page.getByTitle('新联会简报').click()
  const picker = page.getByRole('combobox', { name: /从人员库选择/ })
  for (const name of ['王建国', '李晓梅']) {
    await picker.fill(name)
    await page.getByTitle(new RegExp(`^${name}`)).click()
  }
  await page.getByRole('button', { name: '添加采用' }).click()
  const adoption = page.getByTestId('adoption-0')
  await adoption.getByLabel('采用单位').fill('市委办公室')
  await adoption.getByRole('combobox', { name: '级别' }).click()
  await page.getByTitle('市级').last().click()
  await adoption.getByLabel('采用日期').fill(`${year}-04-01`)
  await page.getByRole('button', { name: '添加批示' }).click()
  const instruction = page.getByTestId('instruction-0')
  await instruction.getByLabel('批示领导').fill('省委副书记')
  await instruction.getByRole('combobox', { name: '领导层级' }).click()
  await page.getByTitle('省级').last().click()
  await instruction.getByLabel('批示日期').fill(`${year}-04-10`)
  await page.getByRole('button', { name: '保存' }).click()
  // (新联会简报 5 + 市级采用 10) × 批示 2 = 30.
  await expect(page.getByTestId('suggestion-detail-score')).toHaveText('得分 30（评分规则第 1 版）')
  await page.locator('input[type=file]').setInputFiles({
    name: '省委副书记批示件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n批示件扫描'),
  })
  await expect(page.getByRole('cell', { name: '省委副书记批示件.pdf' })).toBeVisible()
  await page.screenshot({ path: join(shotsDir, 'suggestion-detail.png'), fullPage: true })
  const detailUrl = page.url()

  await page.goto(`${app.shell.url}#/settings/scoring`)
  const city = page.getByLabel('采用分（按级别） 市级')
  await expect(city).toHaveValue('10')
  await city.fill('20')
  await city.press('Tab')
  await page.getByRole('button', { name: '保存并重新计算' }).click()
  await expect(page.getByTestId('rules-result')).toContainText('第 2 版，重新计算后 1 条')
  await page.screenshot({ path: join(shotsDir, 'suggestion-rules.png') })
  await page.goto(detailUrl)
  await expect(page.getByTestId('suggestion-detail-score')).toHaveText('得分 50（评分规则第 2 版）')
  const lastYear = await api('suggestions.scores', { year: year - 1 })
  expect(lastYear.locked?.figures.points).toBe(10)
  expect(lastYear.persons[0]?.score).toBe(10)

  await page.goto(`${app.shell.url}#/suggestions`)
  await expect(page.getByTestId('suggestions-total')).toHaveText('共 1 条')
  await page.screenshot({ path: join(shotsDir, 'suggestions-list.png') })

  await page.goto(`${app.shell.url}#/print/suggestion-ledger/${year}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
    timeout: 30_000,
  })
  await page.screenshot({ path: join(shotsDir, 'suggestion-ledger-preview.png') })
  const pdf = join(pdfDir, 'suggestion-ledger.pdf')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-singlefile',
    pdf,
    join(pdfDir, 'suggestion-ledger'),
  ])
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  )
  for (const s of [
    '建言献策台账',
    '营商环境',
    '王建国',
    '李晓梅',
    '新联会简报',
    '市委办公室市级采纳',
    '省委副书记（省级）',
  ])
    expect(text).toContain(s)
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/)
  const exported = await api('suggestions.exportLedger', { year })
  expect(exported.rows).toBe(1)

  const cli = execFileSync(
    process.execPath,
    [
      'scripts/xinlian.mjs',
      'suggestions',
      'list',
      '--data-dir',
      app.dataDir,
      '--user',
      'admin',
      '--json',
    ],
    { encoding: 'utf8', env: { ...process.env, XINLIAN_PASSWORD: ADMIN.password } },
  )
  const listed = JSON.parse(cli) as { items: { title: string; score: number }[] }
  expect(listed.items.map((i) => [i.title, i.score])).toEqual([
    ['关于优化县域营商环境的建议', 50],
    ['去年的社情民意', 10],
  ])
})
