import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ROSTER_COLUMN_KEYS } from '../../shared/documents/roster'
import { collectProblems, completeSetup, coreApi, expect, shotsDir, test } from './fixtures'
import { pdfDir, printToPdf } from './printPdf'

/**
 * The printed documents end to end: the core sets up an activity with 137 participants, the
 * browser renders each print route, Chromium writes the PDF, and poppler reads it back.
 * PDFs and a PNG of every first page stay in artifacts/pdf/ to be looked at.
 */

test.beforeAll(() => {
  mkdirSync(pdfDir, { recursive: true })
  mkdirSync(shotsDir, { recursive: true })
})

/** Opens a print route, waits until its sheets are laid out, keeps a screenshot of the preview. */
async function openPrintRoute(
  page: Page,
  app: Parameters<typeof coreApi>[0],
  route: string,
  shot: string,
) {
  await page.emulateMedia({ media: 'screen' })
  await page.goto(`${app.shell.url}#${route}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', {
    timeout: 30_000,
  })
  await page.screenshot({ path: join(shotsDir, shot) })
}

/**
 * The faces Chromium really used for a part of the page (DevTools protocol): the fallback
 * stacks must land on CJK fonts (no tofu), and the title on a heavy face.
 */
async function fontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })
    const names = new Set<string>()
    for (const nodeId of nodeIds.slice(0, 20)) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      for (const f of fonts) names.add(f.postScriptName || f.familyName)
    }
    return [...names]
  } finally {
    await cdp.detach()
  }
}

/** Whitespace-separated words of the PDF's text: a name counts only as a whole cell. */
function words(pages: readonly string[]): string[] {
  return pages.join('\n').split(/\s+/).filter(Boolean)
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

test('签到表 of 137, 花名册, 活动台账 and 登记表 print as the models paginate them', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000)
  const problems = collectProblems(page)
  await completeSetup(page, app)
  const api = await coreApi(app)

  await api('persons.loadDemo', { scale: 'county', seed: 7 })
  const picked = await api('persons.list', { pageSize: 137, sort: 'name', order: 'asc' })
  expect(picked.items).toHaveLength(137)
  const activity = await api('activities.create', {
    type: '01',
    title: '新的社会阶层人士代表座谈会',
    startDate: '2025-03-12',
    startTime: '14:30',
    place: '县行政中心三楼第一会议室',
    hostUnits: ['中共新昌县委统战部'],
    organizerUnits: ['新昌县新联会'],
    status: 'held',
    beneficiaries: 320,
    donationFen: 1_250_000,
    volunteerHours: 86,
  })
  await api('participants.add', {
    activityId: activity.id,
    personIds: picked.items.map((p) => p.id),
  })
  for (const [i, title] of [
    '新联会会员学习交流会',
    '“同心·新力量”助学公益行',
    '网络人士专题培训班',
  ].entries()) {
    await api('activities.create', {
      type: i === 2 ? '06' : '01',
      title,
      startDate: `2025-0${4 + i}-1${i}`,
      place: '县社会主义学院',
      hostUnits: ['县委统战部'],
      organizerUnits: ['县新联会'],
      status: 'held',
      actualCount: 40 + i * 15,
      onlineViews: 1200 * (i + 1),
    })
  }
  const participants = (await api('participants.list', { activityId: activity.id })).items
  expect(participants).toHaveLength(137)

  // 签到表: 137 names + 10 blank rows, the model's page count, title and number on every page.
  const sheet = await api('documents.signInSheet', { activityId: activity.id, blankRows: 10 })
  await openPrintRoute(page, app, `/print/sign-in/${activity.id}`, 'print-preview-sign-in.png')
  await expect(page.locator('.xl-sheet')).toHaveCount(sheet.pages.length)
  await expect(page.getByRole('button', { name: '打印…' })).toBeEnabled()
  const titleFonts = await fontsUsed(page, '.xl-title')
  expect(titleFonts.length).toBeGreaterThan(0)
  for (const f of titleFonts) expect(f).toMatch(/Bold|Heavy|Black|SimHei|XiaoBiaoSong|FZXBS/i)
  for (const part of ['.xl-table td .xl-wrap', '.xl-table th .xl-wrap', '.xl-page-number']) {
    for (const f of await fontsUsed(page, part))
      expect(f, part).toMatch(/CJK|Han|Sim|Song|Hei|Fang/i)
  }
  const signIn = await printToPdf(page, 'sign-in')
  expect(signIn.pageCount).toBe(sheet.pages.length)
  expect(signIn.pages).toHaveLength(sheet.pages.length)
  expect([signIn.width, signIn.height]).toEqual([595, 842])
  const M = sheet.pages.length
  signIn.pages.forEach((text, i) => {
    expect(squeeze(text)).toContain(squeeze(sheet.title))
    expect(squeeze(text)).toContain(`第${i + 1}页共${M}页`)
  })
  expect(signIn.pages[0]).toContain(`第 1 页 共 ${M} 页`)
  const all = words(signIn.pages)
  const expected = new Map<string, number>()
  for (const p of participants) expected.set(p.name, (expected.get(p.name) ?? 0) + 1)
  for (const [name, times] of expected) {
    expect(
      all.filter((w) => w === name),
      name,
    ).toHaveLength(times)
  }
  expect(squeeze(signIn.pages.at(-1)!)).toContain(squeeze('应到 137 人　实到 ___ 人'))

  // 打印… in the web shell is the browser's dialog; the print is recorded in the audit log.
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => {
    window.print = () => undefined
  })
  await page.getByRole('button', { name: '打印…' }).click()
  await expect
    .poll(() =>
      app.core.database.sqlite
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'documents.recordOutput'")
        .pluck()
        .get(),
    )
    .toBe(1)

  // 花名册 of the participants: landscape, masked phones, every name.
  const roster = await api('documents.roster', {
    source: { kind: 'activity', activityId: activity.id },
  })
  await openPrintRoute(
    page,
    app,
    `/print/roster?activity=${activity.id}`,
    'print-preview-roster.png',
  )
  const rosterPdf = await printToPdf(page, 'roster')
  expect([rosterPdf.width, rosterPdf.height]).toEqual([842, 595])
  expect(rosterPdf.pageCount).toBe(roster.pages.length)
  expect(squeeze(rosterPdf.pages[0]!)).toContain(squeeze(roster.title))
  rosterPdf.pages.forEach((text, i) =>
    expect(squeeze(text)).toContain(`第${i + 1}页共${roster.pages.length}页`),
  )
  const rosterText = rosterPdf.pages.join('\n')
  expect(rosterText).not.toMatch(/1[3-9]\d{9}/)
  expect(rosterText).toMatch(/1[3-9]\d\*{4}\d{4}/)
  for (const [name, times] of expected) {
    expect(
      words(rosterPdf.pages).filter((w) => w === name),
      name,
    ).toHaveLength(times)
  }

  // Every column at once still fits the landscape page, shrinking rather than spilling.
  const wide = await api('documents.roster', {
    source: { kind: 'activity', activityId: activity.id },
    columns: [...ROSTER_COLUMN_KEYS],
  })
  await openPrintRoute(
    page,
    app,
    `/print/roster?activity=${activity.id}&cols=${ROSTER_COLUMN_KEYS.join(',')}`,
    'print-preview-roster-all-columns.png',
  )
  const widePdf = await printToPdf(page, 'roster-all-columns')
  expect(widePdf.pageCount).toBe(wide.pages.length)
  expect([widePdf.width, widePdf.height]).toEqual([842, 595])

  // 活动台账 of 2025: four held activities, the 合计 row and the summary.
  const ledger = await api('documents.ledger', { year: 2025 })
  await openPrintRoute(page, app, '/print/ledger/2025', 'print-preview-ledger.png')
  const ledgerPdf = await printToPdf(page, 'ledger')
  expect([ledgerPdf.width, ledgerPdf.height]).toEqual([842, 595])
  expect(ledgerPdf.pageCount).toBe(ledger.pages.length)
  const ledgerText = squeeze(ledgerPdf.pages.join('\n'))
  expect(ledgerText).toContain(squeeze(ledger.title))
  expect(ledgerText).toContain('网络人士专题培训班')
  expect(ledgerText).toContain(squeeze(ledger.summaryLines[0]!))

  // 登记表 of a person with a full record: portrait, every section title present, long
  // texts carried on the lines the model counted.
  const performance =
    '长期从事法律服务工作，积极参与县新联会组织的各类活动。' +
    '牵头成立“同心”公益法律服务队，深入乡镇、社区开展法律咨询和普法宣传四十余场，' +
    '为困难群众提供法律援助案件二十余件，挽回经济损失三百余万元。\n' +
    '热心公益事业，连续五年资助贫困学生完成学业，组织律所青年律师参加志愿服务。'
  const rich = await api('persons.create', {
    name: '欧阳晓明',
    sex: '1',
    birthDate: '1978-06-15',
    employer: '浙江新昌晓明律师事务所',
    jobTitle: '主任',
    phone: '13905751234',
    performance,
    influence: '在全县律师行业具有较强影响力，多次受到县委统战部表扬。',
    posts: [{ org: '新昌县律师协会', post: '副会长', start: '2018-01', end: null }],
    educations: [
      {
        school: '华东政法大学',
        major: '法学',
        education: null,
        degree: null,
        start: '1996-09',
        end: '2000-07',
      },
    ],
    awards: [{ name: '浙江省优秀律师', level: '省级', date: '2019-12', issuer: '浙江省司法厅' }],
  })
  const personId = rich.person.id
  const form = await api('documents.personForm', { personId })
  await openPrintRoute(page, app, `/print/person/${personId}`, 'print-preview-person.png')
  const formPdf = await printToPdf(page, 'person-form')
  expect([formPdf.width, formPdf.height]).toEqual([595, 842])
  expect(formPdf.pageCount).toBe(form.pages.length)
  const formText = squeeze(formPdf.pages.join('\n'))
  for (const block of form.pages.flatMap((p) => p.blocks))
    expect(formText).toContain(squeeze(block.title))
  expect(formText).not.toMatch(/\d{17}[\dX]/)
  expect(formText).not.toContain('13905751234')
  expect(formText).toContain('挽回经济损失三百余万元。')
  expect(formText).toContain('浙江省优秀律师')

  expect(problems).toEqual([])
})
