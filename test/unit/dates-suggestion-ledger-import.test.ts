import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LedgerImportPreview, LedgerRowReport } from '../../shared/contract/suggestionImport'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { createPersons } from './activity-fixtures'
import {
  largeLedger,
  LEDGER_REGISTER,
  LEDGER_TRUTH,
  ledgerWorkbook,
  type RegisterKey,
} from './ledger-fixtures'

/*
 * An office's own 建言献策台账 imported through the dispatcher and compared with the truth of
 * the fixture. Runs under Asia/Shanghai, UTC and America/Los_Angeles (a dates-* file): the
 * date cells, strings and serials must land on the same day everywhere.
 */

let t: TestCore
let bytes: Buffer
const personOf = new Map<RegisterKey, string>()
const keyOf = new Map<string, RegisterKey>()

beforeAll(async () => {
  t = await makeTestCore()
  const ids = await createPersons(t, LEDGER_REGISTER.length, (i) => ({
    name: LEDGER_REGISTER[i]!.name,
    employer: LEDGER_REGISTER[i]!.employer,
  }))
  LEDGER_REGISTER.forEach((p, i) => {
    personOf.set(p.key, ids[i]!)
    keyOf.set(ids[i]!, p.key)
  })
  bytes = await ledgerWorkbook()
}, 60_000)
afterAll(() => t?.cleanup())

const preview = (data: Buffer = bytes, fileName = '2025年建言献策台账.xlsx') =>
  t.ok('suggestions.importPreview', { fileName, data: data.toString('base64') })

const live = (table: string) =>
  t.core.database.sqlite
    .prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`)
    .pluck()
    .get() as number

function rowAt(p: { rows: LedgerRowReport[] }, row: number): LedgerRowReport {
  const found = p.rows.find((r) => r.row === row)
  if (!found) throw new Error(`row ${row} missing from the preview`)
  return found
}

describe('建言献策台账 import: the preview', () => {
  let p: LedgerImportPreview
  beforeAll(async () => {
    p = await preview()
  })

  it('finds the header under the title rows and maps the office’s column names', () => {
    expect(p.sheets).toHaveLength(1)
    expect(p.sheets[0]!.headerRows).toEqual([4])
    const fields = Object.fromEntries(p.sheets[0]!.columns.map((c) => [c.header, c.field]))
    expect(fields).toMatchObject({
      序号: null,
      建议题目: 'title',
      类别: 'kind',
      建言人: 'submitters',
      工作单位: 'employer',
      报送渠道: 'channel',
      提交日期: 'submittedOn',
      采纳层级: 'adoptions',
      批示领导: 'instructions',
      得分: 'score',
      备注: 'remarks',
    })
    // 合计 and the closing note are not suggestions.
    expect(p.counts).toMatchObject({
      create: 4,
      duplicate: 0,
      repeated: 1,
      rejected: 2,
      skipped: 2,
    })
    expect(p.rows.map((r) => r.row)).toEqual(LEDGER_TRUTH.map((r) => r.row))
  })

  it('decides every row as the truth says, naming the column of each fault', () => {
    for (const truth of LEDGER_TRUTH) {
      const r = rowAt(p, truth.row)
      expect({ row: truth.row, status: r.status, title: r.title }).toEqual({
        row: truth.row,
        status: truth.expect,
        title: truth.title,
      })
      if (truth.fault) expect(r.problems.map((x) => x.fieldLabel)).toContain(truth.fault)
      if (truth.expect !== 'create') continue
      expect(r.submittedOn).toBe(truth.submittedOn)
      expect(r.score).toBe(truth.score)
      expect(
        r.submitters.map((s) => ({
          name: s.name,
          state: s.state,
          person: s.personId ? keyOf.get(s.personId) : null,
          candidates: s.candidates.map((c) => keyOf.get(c.personId)).sort(),
        })),
      ).toEqual(truth.submitters!.map((s) => ({ ...s, candidates: [...s.candidates].sort() })))
    }
    expect(rowAt(p, 8).problems[0]!.message).toContain('“工作信息”不在建言类别字典中')
    expect(rowAt(p, 9).problems[0]!.message).toContain('“2025-13-40”不是有效日期')
    expect(rowAt(p, 10).problems[0]!.message).toContain('与本表第 5 行重复')
    // The file's own 得分 is not taken: the rules in force count.
    expect(rowAt(p, 11).problems.map((x) => x.message)).toContain(
      '原表得分 25，按现行评分规则计 20 分',
    )
    expect(p.counts.unmatched).toBe(3)
  })

  it('writes nothing', () => {
    expect(live('suggestions')).toBe(0)
  })

  it('lets the user correct a column: 工作单位 not imported, no one links by employer', async () => {
    const remapped = await t.ok('suggestions.importRemap', {
      token: p.token,
      mapping: [{ sheet: p.sheets[0]!.name, columns: [{ index: 4, field: null }] }],
    })
    expect(remapped.sheets[0]!.columns[4]).toMatchObject({ field: null, source: 'manual' })
    expect(rowAt(remapped, 5).submitters.map((s) => s.state)).toEqual([
      'employerDiffers',
      'employerDiffers',
    ])
    // Back as the header said, for the import below.
    const again = await t.ok('suggestions.importRemap', { token: p.token, mapping: [] })
    expect(rowAt(again, 5).submitters.map((s) => s.state)).toEqual(['linked', 'linked'])
  })
})

describe('建言献策台账 import: apply', () => {
  it('creates the suggestions of the truth, with the picks made, scored by the rules', async () => {
    const p = await preview()
    const sheet = p.sheets[0]!.name
    const result = await t.ok('suggestions.importApply', {
      token: p.token,
      picks: [
        { sheet, row: 7, index: 0, personId: personOf.get('zhangB')! },
        { sheet, row: 7, index: 2, personId: null },
      ],
    })
    expect(result.counts).toMatchObject({ create: 4, repeated: 1, rejected: 2 })
    expect(result.createdIds).toHaveLength(4)
    const list = await t.ok('suggestions.list', { year: 2025, pageSize: 100 })
    expect(list.total).toBe(4)
    for (const truth of LEDGER_TRUTH.filter((r) => r.expect === 'create')) {
      const s = list.items.find((i) => i.title === truth.title)
      expect(s, truth.title).toBeDefined()
      const picked = (name: string, i: number) =>
        truth.row === 7 && i === 0 ? 'zhangB' : (truth.submitters![i]!.person ?? (name && null))
      expect({
        kind: s!.kind,
        channel: s!.channel,
        submittedOn: s!.submittedOn,
        status: s!.status,
        score: s!.score,
        adoptions: s!.adoptions.map((a) => a.level).sort(),
        instructions: s!.instructions.map((x) => x.level),
        submitters: s!.submitters.map((m) => [m.name, m.personId ? keyOf.get(m.personId) : null]),
      }).toEqual({
        kind: truth.kind,
        channel: truth.channel,
        submittedOn: truth.submittedOn,
        status: truth.status,
        score: truth.score,
        adoptions: [...truth.adoptionLevels!].sort(),
        instructions: truth.instructionLevels,
        submitters: truth.submitters!.map((m, i) => [m.name, picked(m.name, i)]),
      })
    }
    const row11 = list.items.find((i) => i.title === '关于促进青年人才返乡创业的建议')!
    expect(row11.adoptions.map((a) => [a.body, a.how, a.adoptedOn]).sort()).toEqual(
      [
        ['县委办公室', 'adopted', '2025-05-23'],
        ['市政协', 'forwarded', '2025-05-23'],
      ].sort(),
    )
    expect(row11.instructions[0]).toMatchObject({ leader: '县委书记', level: 'county' })
    expect(row11.remarks).toBe('已督办')
    // 刘洋 and 陈静 (kept as text) keep the employer the ledger gave, here none.
    const row7 = list.items.find((i) => i.status === 'rejected')!
    expect(row7.submitters.map((m) => [m.name, m.inRegister])).toEqual([
      ['张伟', true],
      ['刘洋', false],
      ['陈静', false],
    ])

    const audit = t.core.database.sqlite
      .prepare(
        "SELECT result, object_type, detail FROM audit_log WHERE action = 'suggestions.importApply' ORDER BY seq DESC",
      )
      .get()
    expect(audit).toEqual({
      result: 'ok',
      object_type: 'import_batch',
      detail:
        '导入建言献策台账 2025年建言献策台账.xlsx：新增 4 条，跳过重复 1 条，有问题未导入 2 条',
    })
    const history = await t.ok('imports.list', { page: 1, pageSize: 10 })
    expect(history.items[0]).toMatchObject({
      id: result.batchId,
      kind: 'suggestions',
      counts: { created: 4, duplicates: 1, rejected: 2 },
    })
    const board = await t.ok('statistics.dashboard', {})
    expect(board.recentImports[0]).toMatchObject({
      id: result.batchId,
      kind: 'suggestions',
      created: 4,
    })
  })

  it('keeps a ledger batch out of the roster rollback', async () => {
    const history = await t.ok('imports.list', { page: 1, pageSize: 10 })
    await expect(t.ok('imports.rollback', { batchId: history.items[0]!.id })).rejects.toMatchObject(
      {
        code: 'CONFLICT',
        message: expect.stringContaining('建言献策台账'),
      },
    )
    expect(live('suggestions')).toBe(4)
  })

  it('reads a CSV ledger the same way, dates typed as offices type them', async () => {
    const csv = [
      '序号,标题,类别,提交人,工作单位,报送渠道,提交日期,采用情况,批示情况',
      '1,关于盘活闲置校舍的建议,建议,王建国,华达机械有限公司,新联会简报,2025/7/8,县级采纳,',
      '2,关于规范校外培训的社情民意,社情民意,"刘洋、李晓梅",,新联会简报,2025年7月9日,,',
    ].join('\r\n')
    const p = await preview(Buffer.from(csv, 'utf8'), '台账.csv')
    expect(p.format).toBe('csv')
    expect(p.rows.map((r) => [r.status, r.submittedOn, r.score])).toEqual([
      ['create', '2025-07-08', 10],
      ['create', '2025-07-09', 5],
    ])
    expect(rowAt(p, 3).submitters.map((s) => s.state)).toEqual(['none', 'employerDiffers'])
    await t.ok('suggestions.importDiscard', { token: p.token })
  })

  it('adds nothing when the same file is imported again', async () => {
    const before = live('suggestions')
    const p = await preview()
    expect(p.previousImports).toHaveLength(1)
    // The row entered twice now matches the record kept, as the four others do.
    expect(p.counts).toMatchObject({ create: 0, duplicate: 5, repeated: 0, rejected: 2 })
    const result = await t.ok('suggestions.importApply', { token: p.token })
    expect(result.createdIds).toEqual([])
    expect(live('suggestions')).toBe(before)
  })

  it('refuses a pick that is not one of the candidates, writing nothing', async () => {
    const other = await largeLedger(2)
    const p = await preview(other, '另一台账.xlsx')
    const before = live('suggestions')
    await expect(
      t.ok('suggestions.importApply', {
        token: p.token,
        picks: [{ sheet: p.sheets[0]!.name, row: 2, index: 0, personId: personOf.get('wang')! }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    expect(live('suggestions')).toBe(before)
  })

  it('stops on cancel in the middle of writing: nothing written', async () => {
    const p = await preview(await largeLedger(300), '大台账.xlsx')
    expect(p.counts.create).toBe(300)
    const before = { suggestions: live('suggestions'), batches: live('suggestion_submitters') }
    const jobId = 'ledger-apply-job-1'
    let cancelled: Promise<unknown> | null = null
    const seen: number[] = []
    const off = t.core.events.subscribe((event, payload) => {
      const e = payload as { task?: string; done?: number; total?: number }
      if (event !== 'progress' || e.task !== 'import') return
      seen.push(e.done ?? 0)
      if (!cancelled) cancelled = t.ok('work.cancel', { jobId })
    })
    const err = await t
      .ok('suggestions.importApply', { token: p.token, jobId })
      .then(
        () => null,
        (e: { code?: string }) => e,
      )
      .finally(off)
    expect(await cancelled).toBe(true)
    expect(err?.code).toBe('CANCELLED')
    expect(seen[0]).toBe(20)
    expect({ suggestions: live('suggestions'), batches: live('suggestion_submitters') }).toEqual(
      before,
    )
    // The preview still stands and imports all of it afterwards.
    const done = await t.ok('suggestions.importApply', { token: p.token })
    expect(done.createdIds).toHaveLength(300)
  }, 60_000)
})
