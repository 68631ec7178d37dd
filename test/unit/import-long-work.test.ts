import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { openPage, pageCall, startTestShell } from '../helpers/webShellClient'
import { minimalXlsx, sheetXml } from './excel-fixtures'
import { endlessRowWorkbook, largeRoster } from './workbook-generators'
import { previewFile, signedInCore } from './import-fixtures'
import { sessionAs } from './persons-fixtures'

let t: TestCore
beforeAll(async () => {
  t = await signedInCore()
})
afterAll(() => t.cleanup())

function failure(p: Promise<unknown>): Promise<Error & { code?: string }> {
  return p.then(
    () => {
      throw new Error('expected a refusal')
    },
    (e: Error & { code?: string }) => e,
  )
}

function stored() {
  const q = (sql: string) => t.core.database.sqlite.prepare(sql).pluck().get()
  return {
    persons: q('SELECT count(*) FROM persons'),
    batches: q('SELECT count(*) FROM import_batches'),
    changes: q('SELECT max(seq) FROM change_log'),
  }
}

describe('a row that never ends (issue 15 §7)', () => {
  let endless: Uint8Array
  beforeAll(() => {
    endless = endlessRowWorkbook()
  }, 120_000)

  // The timeout is the regression guard: the quadratic parser took minutes on this file.
  it(
    'is refused, saying which row, instead of being read for minutes',
    { timeout: 30_000 },
    async () => {
      expect(endless.length).toBeGreaterThan(1024 * 1024)
      const err = await failure(previewFile(t, '名单.xlsx', endless))
      expect(err.code).toBe('BAD_INPUT')
      expect(err.message).toContain('工作表“Sheet1”第 1 行异常庞大')
    },
  )

  it('refuses a closed row of more cells than Excel allows, all claiming A1', async () => {
    const cells = '<c r="A1"><v>1</v></c>'.repeat(20_000)
    const xml = sheetXml([]).replace('</sheetData>', `<row r="1">${cells}</row></sheetData>`)
    const err = await failure(previewFile(t, '名单.xlsx', minimalXlsx({ sheetXml: xml })))
    expect(err.message).toContain('第 1 行的单元格超过 16384 个')
  })

  it('reads a row of cells left open in one pass and makes no person of it', async () => {
    const open = '<c r="A2" t="inlineStr"><is><t>x</t></is>'.repeat(200_000)
    const xml = sheetXml([['姓名', '身份证号']]).replace(
      '</sheetData>',
      `<row r="2">${open}</row></sheetData>`,
    )
    // The compression guard no longer refuses it for its ratio (issue 11): the parser must
    // get through 200,000 unclosed cells without searching each one to the end of the row.
    const preview = await previewFile(t, '名单.xlsx', minimalXlsx({ sheetXml: xml }))
    expect(preview.counts).toMatchObject({ created: 0, rejected: 0, skipped: 1 })
  }, 30_000)
})

describe('long work beside the call queue', () => {
  let big: Uint8Array
  beforeAll(() => {
    big = largeRoster(12_000)
  }, 60_000)

  it('answers system.status while a large preview runs', async () => {
    const finished: string[] = []
    const preview = previewFile(t, '大名单.xlsx', big).then((p) => (finished.push('preview'), p))
    const status = t.ok('system.status', {}).then((s) => (finished.push('status'), s))
    const [p, s] = await Promise.all([preview, status])
    expect(s.initialized).toBe(true)
    expect(p.counts.created).toBe(12_000)
    expect(finished).toEqual(['status', 'preview'])
  }, 60_000)

  it('answers system.status over the web shell while a large preview runs', async () => {
    const web = await startTestShell(t.core)
    try {
      const session = await openPage(web, web.shell.token)
      const finished: string[] = []
      const preview = previewFile(t, '大名单.xlsx', big).then(() => finished.push('preview'))
      const status = pageCall(web, session, 'system.status').then((answer) => {
        finished.push('status')
        return answer
      })
      const [, answer] = await Promise.all([preview, status])
      expect(answer.ok).toBe(true)
      expect(finished).toEqual(['status', 'preview'])
    } finally {
      await web.close()
    }
  }, 60_000)

  it('stops a preview on cancel, saying so', async () => {
    const jobId = 'preview-job-1'
    const data = Buffer.from(big).toString('base64')
    const preview = failure(
      t.ok('imports.preview', { fileName: '大名单.xlsx', data, rowLimit: 10, jobId }),
    )
    expect(await t.ok('work.cancel', { jobId })).toBe(true)
    const err = await preview
    expect(err.code).toBe('CANCELLED')
    expect(err.message).toContain('已取消')
    // The job is gone: a second cancel finds nothing.
    expect(await t.ok('work.cancel', { jobId })).toBe(false)
  }, 60_000)

  it('stops a preview whose cancel arrived before the file did, and only for its own session', async () => {
    const data = Buffer.from(big).toString('base64')
    expect(await t.ok('work.cancel', { jobId: 'early-job-1' })).toBe(false)
    const err = await failure(
      t.ok('imports.preview', {
        fileName: '大名单.xlsx',
        data,
        rowLimit: 10,
        jobId: 'early-job-1',
      }),
    )
    expect(err.code).toBe('CANCELLED')
    const other = await sessionAs(t, 'operator', 'early-canceller')
    expect(await t.ok('work.cancel', { jobId: 'early-job-2' }, other)).toBe(false)
    const read = await t.ok('imports.preview', {
      fileName: '大名单.xlsx',
      data,
      rowLimit: 10,
      jobId: 'early-job-2',
    })
    expect(read.counts.created).toBeGreaterThan(0)
  }, 60_000)

  it('stops an apply in the middle of writing: nothing written, the attempt audited', async () => {
    const preview = await previewFile(t, '大名单.xlsx', big, { rowLimit: 10 })
    const before = stored()
    const jobId = 'apply-job-1'
    let cancelled: Promise<unknown> | null = null
    const off = t.core.events.subscribe((event, payload) => {
      const p = payload as { task?: string; done?: number }
      // Rows are being written inside the transaction when this arrives.
      if (event === 'progress' && p.task === 'import' && !cancelled && (p.done ?? 0) > 0)
        cancelled = t.ok('work.cancel', { jobId })
    })
    const err = await failure(
      t.ok('imports.apply', { token: preview.token, rowLimit: 10, jobId }),
    ).finally(off)
    expect(await cancelled).toBe(true)
    expect(err.code).toBe('CANCELLED')
    expect(stored()).toEqual(before)
    const audit = t.core.database.sqlite
      .prepare(
        "SELECT result, detail FROM audit_log WHERE action = 'imports.apply' ORDER BY seq DESC",
      )
      .get() as { result: string; detail: string }
    expect(audit).toEqual({ result: 'failed', detail: expect.stringContaining('已取消') })
    // The preview is still there: the same import can be applied after all.
    const result = await t.ok('imports.apply', { token: preview.token, rowLimit: 10 })
    expect(result.counts.created).toBe(12_000)
  }, 120_000)

  it('cancels only the jobs of the session that started them', async () => {
    const other = await sessionAs(t, 'operator')
    const jobId = 'foreign-job-1'
    const data = Buffer.from(big).toString('base64')
    const preview = t.ok('imports.preview', { fileName: '大名单.xlsx', data, rowLimit: 10, jobId })
    expect(await t.ok('work.cancel', { jobId }, other)).toBe(false)
    expect((await preview).counts.unchanged).toBe(12_000)
  }, 60_000)
})
