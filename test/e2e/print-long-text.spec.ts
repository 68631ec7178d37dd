import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Input, Method, Output } from '../../shared/contract'
import { SessionSlot } from '../../electron/core/session'
import type { LaunchedWebShell } from '../../electron/web/launch'
import { ADMIN, completeSetup, expect, shotsDir, test } from './fixtures'

/**
 * Paper with long real text: employers of 30-odd characters, long posts, several 人员类别 and
 * a long activity title. Cells wrap and rows grow; the PDF must hold every value whole, the
 * page count the model computed, the header on every page and `第 N 页 共 M 页`.
 */

const pdfDir = join(process.cwd(), 'artifacts', 'pdf')
test.beforeAll(() => {
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(shotsDir, { recursive: true })
})

type App = LaunchedWebShell & { dataDir: string }
type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>

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

/** Chromium's PDF of the open route: its text in drawing order (one string per page). */
async function printToPdf(page: Page, name: string) {
  const path = join(pdfDir, `${name}.pdf`)
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(pdfDir, name)])
  // -raw keeps the order the text was drawn in: a wrapped cell's lines follow each other.
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1],
  )
  return { pages: text.split('\f').slice(0, -1), pageCount }
}

async function openRoute(page: Page, app: App, route: string, shot: string) {
  await page.emulateMedia({ media: 'screen' })
  await page.goto(`${app.shell.url}#${route}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
    timeout: 30_000,
  })
  await page.screenshot({ path: join(shotsDir, shot) })
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

const EMPLOYERS = [
  '浙江新昌经济开发区智能装备制造产业园管理委员会下属投资发展有限公司',
  '新昌县羽林街道城东社区居民委员会物业管理服务中心（筹）第二分部',
  '绍兴市新昌县七星街道江滨东路中小企业创业孵化基地运营服务有限公司',
  '中国民主同盟浙江省委员会新昌县基层委员会社会服务部联络办公室',
]
const JOBS = ['党支部书记、董事长兼总经理', '副主任（主持工作）、首席法律顾问', '部门经理']

test('a 花名册 and 签到表 with long text wrap, grow their rows and keep every value whole', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  await completeSetup(page, app)
  const api = await coreApi(app)
  const ids: string[] = []
  for (let i = 0; i < 40; i++) {
    const created = await api('persons.create', {
      name: `长文${String.fromCharCode(0x4e00 + i * 7)}明`,
      sex: i % 2 ? '2' : '1',
      birthDate: `19${70 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
      education: i % 3 ? '11' : '61',
      politicalStatus: '01',
      employer: EMPLOYERS[i % EMPLOYERS.length]!,
      jobTitle: JOBS[i % JOBS.length]!,
      phone: `1390575${String(1000 + i)}`,
      categories: [
        { code: '11', detail: null },
        { code: '21', detail: null },
        { code: '41', detail: null },
      ],
    })
    ids.push(created.person.id)
  }
  const activity = await api('activities.create', {
    type: '01',
    title:
      '2025年度全县新的社会阶层人士代表人物暨新联会会员学习贯彻党的二十届三中全会精神专题研讨交流会',
    startDate: '2025-03-12',
    startTime: '14:30',
    place: '县行政中心三楼第一会议室',
    hostUnits: ['中共新昌县委统战部'],
    organizerUnits: ['新昌县新联会'],
    status: 'held',
  })
  await api('participants.add', { activityId: activity.id, personIds: ids })

  const roster = await api('documents.roster', {
    source: { kind: 'activity', activityId: activity.id },
    columns: [
      'name',
      'sex',
      'ethnicity',
      'birthDate',
      'politicalStatus',
      'education',
      'employer',
      'jobTitle',
      'categories',
      'township',
      'phone',
    ],
  })
  // Rows grew: some row is taller than the layout's one-line row.
  expect(Math.max(...roster.pages.flatMap((p) => p.rowHeights))).toBeGreaterThan(
    roster.layout.rowMm,
  )
  expect(roster.type.pt).toBeGreaterThanOrEqual(9)
  expect(roster.head.titlePt).toBeGreaterThanOrEqual(14)
  expect(roster.head.titleLines.length).toBeGreaterThan(1)
  await openRoute(
    page,
    app,
    `/print/roster?activity=${activity.id}&cols=${roster.columns
      .map((c) => c.key)
      .filter((k) => k !== 'seq')
      .join(',')}`,
    'print-long-roster.png',
  )
  await expect(page.locator('.xl-sheet')).toHaveCount(roster.pages.length)
  const pdf = await printToPdf(page, 'roster-long-text')
  expect(pdf.pageCount).toBe(roster.pages.length)
  const M = roster.pages.length
  expect(M).toBeGreaterThan(1)
  pdf.pages.forEach((text, i) => {
    const flat = squeeze(text)
    expect(flat).toContain(`第${i + 1}页共${M}页`)
    // The column header is repeated on every page.
    for (const label of ['工作单位', '人士类别', '乡镇（街道）']) expect(flat).toContain(label)
  })
  const all = squeeze(pdf.pages.join('\n'))
  expect(all).toContain(squeeze(roster.title))
  for (const employer of EMPLOYERS) {
    expect(all.split(employer).length - 1, employer).toBe(
      roster.pages.flatMap((p) => p.rows).filter((r) => r.includes(employer)).length,
    )
  }
  for (const job of JOBS) expect(all).toContain(job)
  for (let i = 0; i < 40; i++) expect(all).toContain(`长文${String.fromCharCode(0x4e00 + i * 7)}明`)
  expect(all).toContain(
    squeeze(roster.pages[0]!.rows[0]![roster.columns.findIndex((c) => c.key === 'categories')]!),
  )

  // 签到表 of the same activity: the long title wraps at a readable size, above 时间/地点.
  const sheet = await api('documents.signInSheet', { activityId: activity.id, blankRows: 10 })
  expect(sheet.head.titlePt).toBeGreaterThanOrEqual(sheet.head.infoPt)
  expect(sheet.head.titleLines.length).toBe(2)
  await openRoute(page, app, `/print/sign-in/${activity.id}`, 'print-long-sign-in.png')
  const signIn = await printToPdf(page, 'sign-in-long-text')
  expect(signIn.pageCount).toBe(sheet.pages.length)
  const signInText = squeeze(signIn.pages.join('\n'))
  for (const employer of EMPLOYERS) expect(signInText).toContain(employer)
  signIn.pages.forEach((text, i) =>
    expect(squeeze(text)).toContain(`第${i + 1}页共${sheet.pages.length}页`),
  )
})
