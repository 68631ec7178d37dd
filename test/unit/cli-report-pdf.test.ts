import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../../electron/services/print/headless/findBrowser'
import { reportDocumentText } from '../../shared/i18n/reports'
import {
  ADMIN_PASSWORD,
  asAdmin,
  INIT_ARGS,
  onlyJson,
  removeTempDirs,
  runCli,
  SIGNED_IN,
  tempDir,
} from './cli-run'

afterAll(removeTempDirs)

const PDF_DIR = join(process.cwd(), 'artifacts', 'pdf')

/** The longest kind of unit name there is: a county of an autonomous prefecture. */
const LONG_UNIT = '中共新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县委员会统一战线工作部'

function installedBrowser(): string | null {
  try {
    return findBrowser(process.env)
  } catch {
    return null
  }
}

const browser = installedBrowser()
if (!browser) console.warn('cli-report-pdf: skipped, no Chromium, Chrome or Edge installed here')

/** pdftotext of the whole file with the spaces and line breaks taken out (reading order). */
const squeezedText = (pdf: string) =>
  execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')

/** The printed table's lines as laid out (a row's cells side by side), spaces taken out. */
const tableLines = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))

let dir: string

/** `xinlian report` of 2026 into `out`, signed in as the admin (the database is encrypted). */
const report = (out: string) => [
  'report',
  '--data-dir',
  dir,
  '--user',
  'admin',
  '--period',
  '2026',
  '--out',
  out,
]

describe.skipIf(!browser)('xinlian report --out FILE.pdf', () => {
  beforeAll(async () => {
    dir = join(tempDir(), 'data')
    const args = [...INIT_ARGS]
    args[args.indexOf('--unit-name') + 1] = LONG_UNIT
    const init = await runCli(['init', '--data-dir', dir, ...args], {
      XINLIAN_PASSWORD: ADMIN_PASSWORD,
    })
    expect(init.code).toBe(0)
    await asAdmin(dir, async (ok) => {
      for (const name of ['张三', '李四', '王五'])
        await ok('persons.create', { name, team: '1', categories: [{ code: '11' }] })
      for (const startDate of ['2025-04-01', '2026-04-01', '2026-05-01', '2026-06-01'])
        await ok('activities.create', { type: '01', title: '学习会', startDate, status: 'held' })
    })
  }, 60_000)

  it('prints the A4 sheets of the app with the title, the unit line and the figures of the report', async () => {
    const out = join(tempDir(), '2026年度统计表.pdf')
    const r = await runCli([...report(out), '--json'], SIGNED_IN)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      file: string
      lines: { kind: string; label: string; unit: string; values: (number | null)[] }[]
    }
    expect(doc.file).toBe(out)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:.*\(A4\)/)
    // Pictures of the pages to look at (artifacts/pdf/cli-report-N.png).
    mkdirSync(PDF_DIR, { recursive: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', out, join(PDF_DIR, 'cli-report')])

    const text = squeezedText(out)
    expect(text).toContain('新的社会阶层人士统战工作情况统计表')
    expect(text).toContain(reportDocumentText.info(LONG_UNIT, '2026年度').replace(/\s+/g, ''))
    const figure = (label: string) => doc.lines.find((l) => l.label === label)!.values
    expect(figure('在册人数')[0]).toBe(3)
    expect(figure('活动场次')).toEqual([3, 1, 2])
    // Each line's label, unit and figures stand on one printed row, in that order.
    const rows = tableLines(out)
    expect(rows).toContain('在册人数人3——')
    expect(rows).toContain('活动场次场31+2')
  }, 120_000)

  it('refuses a file that is already there, and leaves it as it was', async () => {
    const out = join(tempDir(), 'taken.pdf')
    const first = await runCli(report(out), SIGNED_IN)
    expect(first.code).toBe(0)
    const before = statSync(out)
    const again = await runCli(report(out), SIGNED_IN)
    expect(again.code).not.toBe(0)
    expect(again.stderr).toContain('已存在')
    expect(statSync(out).mtimeMs).toBe(before.mtimeMs)
  }, 120_000)

  it('says in Chinese what to do when the browser it was told to use is not there', async () => {
    const out = join(tempDir(), 'nobrowser.pdf')
    const r = await runCli(report(out), {
      ...SIGNED_IN,
      XINLIAN_BROWSER: '/没有/这个/浏览器',
    })
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('环境变量 XINLIAN_BROWSER 指定的浏览器')
  }, 60_000)
})

describe('findBrowser', () => {
  const none = () => false
  it('takes XINLIAN_BROWSER first, and refuses one that is not there', () => {
    const env = { XINLIAN_BROWSER: '/opt/edge/msedge', PATH: '/usr/bin' }
    expect(findBrowser(env, 'linux', (p) => p === '/opt/edge/msedge')).toBe('/opt/edge/msedge')
    expect(() => findBrowser(env, 'linux', none)).toThrow(/XINLIAN_BROWSER/)
  })

  it('looks for Edge, then Chrome under Program Files on Windows', () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    }
    const found = findBrowser(env, 'win32', (p) => /msedge\.exe$|chrome\.exe$/.test(p))
    expect(found).toMatch(/Program Files \(x86\).*Edge.*msedge\.exe$/)
    const chromeOnly = findBrowser(env, 'win32', (p) => p.endsWith('chrome.exe'))
    expect(chromeOnly).toMatch(/Google.*Chrome.*chrome\.exe$/)
  })

  it('finds chromium on PATH, and says what to install when there is none', () => {
    const env = { PATH: '/snap/bin' }
    expect(findBrowser(env, 'linux', (p) => p === '/snap/bin/chromium')).toBe('/snap/bin/chromium')
    expect(() => findBrowser(env, 'linux', none)).toThrow(/Edge、Google Chrome 或 Chromium/)
  })
})
