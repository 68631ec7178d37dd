import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { DEFAULT_SCORE_RULES } from '../../shared/suggestions/score'
import { contentPath } from '../../electron/services/attachments/contentStore'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { activityDraft, changeLogCount, createPersons, lastAudit } from './activity-fixtures'
import { callError, sessionAs } from './persons-fixtures'
import { suggestionDraft } from './suggestion-fixtures'

let t: TestCore
let operator: SessionSlot
let viewer: SessionSlot
let ids: string[]

const count = (table: string) =>
  t.core.database.sqlite
    .prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`)
    .pluck()
    .get()

beforeAll(async () => {
  t = await makeTestCore()
  operator = await sessionAs(t, 'operator')
  viewer = await sessionAs(t, 'viewer')
  ids = await createPersons(t, 3, (i) => ({
    name: ['王建国', '李晓梅', '赵德明'][i]!,
    employer: ['华达机械有限公司', '明律律师事务所', '华达机械有限公司'][i]!,
  }))
})
afterAll(() => t?.cleanup())

describe('suggestions: record and score', () => {
  it('scores two submitters, a city adoption and a province 批示 by the default rule', async () => {
    const s = await t.ok(
      'suggestions.create',
      suggestionDraft([ids[0]!, ids[1]!], {
        adoptions: [{ body: '市委办公室', level: 'city', adoptedOn: '2025-05-02', how: 'adopted' }],
        instructions: [{ leader: '省委副书记', level: 'province', instructedOn: '2025-05-20' }],
        status: 'adopted',
      }),
      operator,
    )
    // (新联会简报 5 + 市级采用 10) × 批示 2 = 30, split between the two submitters.
    expect(s).toMatchObject({ score: 30, share: 15, kindName: '建议', channelName: '新联会简报' })
    expect(s.submitters.map((m) => [m.name, m.isLead, m.employer])).toEqual([
      ['王建国', true, '华达机械有限公司'],
      ['李晓梅', false, '明律律师事务所'],
    ])
    expect(changeLogCount(t.core.database.sqlite, 'suggestions')).toBe(1)
    expect(changeLogCount(t.core.database.sqlite, 'suggestion_submitters')).toBe(2)
    expect(changeLogCount(t.core.database.sqlite, 'suggestion_adoptions')).toBe(1)
    expect(changeLogCount(t.core.database.sqlite, 'suggestion_instructions')).toBe(1)
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'suggestions.create',
      object_type: 'suggestion',
      object_id: s.id,
    })
    const mine = await t.ok('suggestions.ofPerson', { personId: ids[0]! }, viewer)
    expect(mine).toMatchObject({ count: 1, score: 15 })
  })

  it('refuses bad input naming the field and saves nothing', async () => {
    const before = count('suggestions')
    const cases: [Parameters<typeof suggestionDraft>[1], RegExp][] = [
      [{ submitters: [{ personId: 'no-such-person' }] }, /「提交人」第 1 位不在人员库中/],
      [{ submitters: [{ personId: null, name: '' }] }, /「提交人」第 1 位是库外合作者，请填写姓名/],
      [
        { adoptions: [{ body: '市委', level: 'city', adoptedOn: '2025-04-01', how: 'published' }] },
        /「采用情况」第 1 条的采用日期 2025-04-01 早于提交日期 2025-04-10/,
      ],
      [
        { instructions: [{ leader: ' ', level: 'city', instructedOn: '2025-05-01' }] },
        /「批示情况」第 1 条没有填写批示领导/,
      ],
      [{ submittedOn: '2025-02-30' }, /「提交日期」应为有效日期/],
      [{ kind: '99' }, /类别“99”不在建言类别字典中/],
    ]
    for (const [overrides, message] of cases) {
      const e = await callError(
        t,
        'suggestions.create',
        suggestionDraft([ids[0]!], overrides),
        operator,
      )
      expect(e.code).toBe('BAD_INPUT')
      expect(e.message).toMatch(message)
    }
    expect(count('suggestions')).toBe(before)
    expect(count('suggestion_submitters')).toBe(2)
  })

  it('keeps a free-text co-author and searches by title and submitter', async () => {
    const s = await t.ok(
      'suggestions.create',
      suggestionDraft([ids[2]!], {
        title: '关于加强新就业群体服务的社情民意',
        kind: '01',
        submittedOn: '2024-06-01',
        channel: '02',
        submitters: [
          { personId: ids[2]! },
          { personId: null, name: '孙外援', employer: '县外企业', isLead: true },
        ],
        adoptions: [{ body: '县委', level: 'county', adoptedOn: '2024-06-20', how: 'published' }],
      }),
      operator,
    )
    expect(s.submitters.map((m) => [m.name, m.isLead, m.inRegister])).toEqual([
      ['赵德明', false, true],
      ['孙外援', true, false],
    ])
    expect(s).toMatchObject({ score: 10, share: 5 })
    const byName = await t.ok('suggestions.list', { query: '孙外援' }, viewer)
    expect(byName.items.map((i) => i.id)).toEqual([s.id])
    const byTitle = await t.ok('suggestions.list', { query: '营商环境' }, viewer)
    expect(byTitle.total).toBe(1)
    expect((await t.ok('suggestions.list', { year: 2024 }, viewer)).total).toBe(1)
    expect((await t.ok('suggestions.list', { level: 'city' }, viewer)).total).toBe(1)
    expect((await t.ok('suggestions.list', { employer: '华达' }, viewer)).total).toBe(2)
    expect((await t.ok('suggestions.list', { personId: ids[1]! }, viewer)).total).toBe(1)
    expect((await t.ok('suggestions.list', { status: 'adopted', kind: '02' }, viewer)).total).toBe(
      1,
    )
  })

  it('ranks persons and employers by points per year', async () => {
    const board = await t.ok('suggestions.scores', { year: 2025 }, viewer)
    expect(board.persons.map((p) => [p.name, p.score])).toEqual([
      ['李晓梅', 15],
      ['王建国', 15],
    ])
    expect(board.organizations).toEqual(
      expect.arrayContaining([{ employer: '华达机械有限公司', count: 1, score: 15 }]),
    )
    expect(board.figures).toMatchObject({
      submitted: 1,
      adopted: 1,
      withInstruction: 1,
      points: 30,
      adoptedByLevel: { city: 1, county: 0 },
    })
  })

  it("prints and exports the 建言献策台账 with the year's figures", async () => {
    const ledger = await t.ok('suggestions.ledger', { year: 2025 }, viewer)
    expect(ledger.title).toBe('2025年度建言献策台账')
    expect(ledger.columns.map((c) => c.label)).toEqual([
      '序号',
      '标题',
      '类别',
      '提交人',
      '报送渠道',
      '采用情况',
      '批示情况',
      '得分',
    ])
    expect(ledger.pages[0]!.rows[0]).toEqual([
      '1',
      '关于优化县域营商环境的建议',
      '建议',
      '王建国（牵头）、李晓梅',
      '新联会简报',
      '市委办公室市级采纳',
      '省委副书记（省级）',
      '30',
    ])
    expect(ledger.summaryLines[0]).toContain('被采用 1 条')
    const file = await t.ok('suggestions.exportLedger', { year: 2025 }, viewer)
    expect(file).toMatchObject({ rows: 1, masked: true })
    expect(file.data).toBeTruthy()
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'suggestions.exportLedger',
      detail: '导出 2025 年度建言献策台账（1 条）',
    })
  })

  it('recomputes on a rule change, says how many changed, and leaves a locked year alone', async () => {
    const locked = await t.ok('suggestions.lockYear', { year: 2024 })
    expect(locked).toMatchObject({ year: 2024, ruleVersion: 1, figures: { points: 10 } })
    const e = await callError(t, 'suggestions.saveRules', {
      rules: {
        ...DEFAULT_SCORE_RULES,
        adoptionPoints: { ...DEFAULT_SCORE_RULES.adoptionPoints, city: -1 },
      },
    })
    expect(e.message).toBe('「评分规则 · 采用分 · 市级」不能为负数')
    const saved = await t.ok('suggestions.saveRules', {
      rules: {
        ...DEFAULT_SCORE_RULES,
        adoptionPoints: { county: 20, city: 20, province: 30, national: 50 },
        share: 'each',
      },
    })
    // Only the 2025 suggestion moves: (5 + 20) × 2 = 50, each submitter gets all of it.
    expect(saved).toEqual({ version: 2, changed: 1 })
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({ action: 'suggestions.saveRules' })
    const list = await t.ok('suggestions.list', {}, viewer)
    expect(
      list.items.map((i) => [i.submittedOn.slice(0, 4), i.score, i.share, i.ruleVersion]),
    ).toEqual([
      ['2025', 50, 50, 2],
      ['2024', 10, 5, 1],
    ])
    const lastYear = await t.ok('suggestions.scores', { year: 2024 }, viewer)
    expect(lastYear.locked).toMatchObject({ ruleVersion: 1, figures: { points: 10 } })
    expect((await t.ok('suggestions.rules', {}, viewer)).version).toBe(2)
    expect((await callError(t, 'suggestions.lockYear', { year: 2024 })).code).toBe('CONFLICT')
  })

  it('updates lists, keeps a removed person as text, and deletes with a tombstone', async () => {
    const [first] = (await t.ok('suggestions.list', { year: 2025 }, viewer)).items
    const updated = await t.ok(
      'suggestions.update',
      { id: first!.id, version: first!.version, instructions: [] },
      operator,
    )
    expect(updated.score).toBe(25)
    expect(lastAudit(t.core.database.sqlite).detail).toContain('批示情况')
    await t.ok('persons.delete', { id: ids[1]! })
    await t.ok('persons.purge', { id: ids[1]! })
    const kept = await t.ok('suggestions.get', { id: first!.id }, viewer)
    expect(kept.submitters[1]).toMatchObject({ name: '李晓梅', inRegister: false })
    // Saving it again with the departed submitter is allowed: the name stays as text.
    await t.ok(
      'suggestions.update',
      { id: first!.id, title: '关于优化营商环境的建议（修改）' },
      operator,
    )
    await t.ok('suggestions.delete', { id: first!.id }, operator)
    expect((await callError(t, 'suggestions.get', { id: first!.id }, viewer)).code).toBe(
      'NOT_FOUND',
    )
    expect(
      t.core.database.sqlite
        .prepare(
          "SELECT count(*) FROM change_log WHERE table_name LIKE 'suggestion%' AND op = 'delete'",
        )
        .pluck()
        .get(),
    ).toBeGreaterThan(3)
  })

  it('lets a viewer read but not write', async () => {
    const e = await callError(t, 'suggestions.create', suggestionDraft([ids[0]!]), viewer)
    expect(e.code).toBe('FORBIDDEN')
  })
})

describe('suggestion attachments', () => {
  const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('领导批示件扫描')])
  const upload = (suggestionId: string, fileName = '批示件.pdf') => ({
    suggestionId,
    fileName,
    base64: scan.toString('base64'),
  })

  it('keeps a scan once with an activity that has it too, and frees it only when unused', async () => {
    const s = await t.ok('suggestions.create', suggestionDraft([ids[0]!]), operator)
    const file = await t.ok('suggestions.addAttachment', upload(s.id), operator)
    expect(file).toMatchObject({ ownerId: s.id, mime: 'application/pdf', fileName: '批示件.pdf' })
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'suggestions.addAttachment',
      object_id: s.id,
    })
    expect((await callError(t, 'suggestions.addAttachment', upload(s.id, 'x.pdf'))).code).toBe(
      'CONFLICT',
    )
    const activity = await t.ok('activities.create', activityDraft({ title: '调研考察' }))
    const same = await t.ok('activities.addAttachment', {
      activityId: activity.id,
      fileName: '同一份.pdf',
      base64: scan.toString('base64'),
    })
    expect(same.sha256).toBe(file.sha256)

    const detail = await t.ok('suggestions.get', { id: s.id }, viewer)
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['批示件.pdf'])
    const back = await t.ok('suggestions.attachment', { id: file.id }, viewer)
    expect(Buffer.from(back.base64, 'base64').equals(scan)).toBe(true)

    const path = contentPath(t.dir, file.sha256)
    await t.ok('suggestions.removeAttachment', { id: file.id }, operator)
    expect((await t.ok('suggestions.get', { id: s.id })).attachments).toEqual([])
    expect(existsSync(path)).toBe(true) // the activity still uses it
    await t.ok('activities.removeAttachment', { id: same.id })
    expect(existsSync(path)).toBe(false)
  })

  it('goes with its suggestion, and only a writer of the owning unit may add or remove', async () => {
    const s = await t.ok('suggestions.create', suggestionDraft([ids[0]!]), operator)
    expect((await callError(t, 'suggestions.addAttachment', upload(s.id), viewer)).code).toBe(
      'FORBIDDEN',
    )
    const exe = Buffer.from('MZ\x90\x00 not a scan').toString('base64')
    expect(
      (await callError(t, 'suggestions.addAttachment', { ...upload(s.id), base64: exe })).message,
    ).toBe('只能上传 JPG、PNG 图片或 PDF 文件')
    const file = await t.ok('suggestions.addAttachment', upload(s.id), operator)
    expect((await callError(t, 'suggestions.removeAttachment', { id: file.id }, viewer)).code).toBe(
      'FORBIDDEN',
    )
    await t.ok('suggestions.delete', { id: s.id }, operator)
    expect((await callError(t, 'suggestions.attachment', { id: file.id }, viewer)).code).toBe(
      'NOT_FOUND',
    )
    expect(existsSync(contentPath(t.dir, file.sha256))).toBe(false)
    expect(count('suggestion_attachments')).toBe(0)
  })
})
