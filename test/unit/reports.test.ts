import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { defaultReportTemplate } from '../../shared/reports/defaultTemplate'
import type { ReportTemplateSpecInput } from '../../shared/reports/template'
import { yearPeriod } from '../../shared/statistics/period'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { activityDraft, createPersons, lastAudit } from './activity-fixtures'
import { callError, sessionAs } from './persons-fixtures'

let t: TestCore
let operator: SessionSlot
let viewer: SessionSlot

const y2026 = yearPeriod(2026)

const small: ReportTemplateSpecInput = {
  name: '季度简表',
  title: '活动情况简表',
  rows: [
    { kind: 'section', label: '人员' },
    { kind: 'indicator', indicatorId: 'persons.total' },
    { kind: 'indicator', indicatorId: 'persons.group.1', indent: 1, label: '其中：企业' },
    { kind: 'section', label: '活动' },
    { kind: 'indicator', indicatorId: 'activities.count' },
    { kind: 'indicator', indicatorId: 'activities.donations' },
  ],
  columns: ['current', 'lastYear', 'change', 'changePercent'],
  notes: ['一人属多类的，分类合计大于总数。'],
}

beforeAll(async () => {
  t = await makeTestCore()
  operator = await sessionAs(t, 'operator')
  viewer = await sessionAs(t, 'viewer')
  await createPersons(t, 3, (i) => ({
    name: ['王建国', '李晓梅', '赵德明'][i]!,
    categories: i === 1 ? [{ code: '11' }, { code: '41' }] : [{ code: '11' }],
  }))
  await t.ok('activities.create', activityDraft({ startDate: '2025-06-01', actualCount: 20 }))
  await t.ok('activities.create', activityDraft({ startDate: '2026-03-01', actualCount: 30 }))
  await t.ok(
    'activities.create',
    activityDraft({ type: '10', startDate: '2026-12-31', donationFen: 1_234_500 }),
  )
})
afterAll(() => t?.cleanup())

describe('report templates', () => {
  it('ship the default yearly table, covering what goes upward', async () => {
    const list = await t.ok('reports.templates', {}, viewer)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ name: '新的社会阶层人士统战工作情况统计表', isDefault: true })
    const tpl = await t.ok('reports.template', { id: list[0]!.id }, viewer)
    const ids = tpl.rows.flatMap((r) => (r.kind === 'indicator' ? [r.indicatorId] : []))
    for (const needed of [
      'persons.total',
      'persons.group.1',
      'persons.category.12',
      'persons.team.1',
      'persons.npc',
      'persons.cppcc',
      'persons.added',
      'persons.averageAge',
      'activities.count',
      'activities.attendance',
      'service.count',
      'service.experts',
      'service.beneficiaries',
      'trainings.count',
      'trainings.attendance',
      'suggestions.submitted',
      'suggestions.adopted.province',
      'suggestions.instructed',
      'activities.donations',
    ])
      expect(ids).toContain(needed)
    expect(tpl.notes[0]).toBe('一人属多类的，分类合计大于总数。')
    expect(tpl.rows.filter((r) => r.kind === 'section').length).toBeGreaterThanOrEqual(5)
  })

  it('are created, renamed and deleted by an operator, audited; a viewer may only read', async () => {
    expect((await callError(t, 'reports.saveTemplate', { template: small }, viewer)).code).toBe(
      'FORBIDDEN',
    )
    const created = await t.ok('reports.saveTemplate', { template: small }, operator)
    expect(created).toMatchObject({ name: '季度简表', isDefault: false, updatedBy: 'u-operator' })
    expect(created.rows[2]).toEqual({
      kind: 'indicator',
      indicatorId: 'persons.group.1',
      indent: 1,
      label: '其中：企业',
    })
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'reports.saveTemplate',
      object_id: created.id,
      detail: '新建报表模板“季度简表”',
    })
    const dup = await callError(t, 'reports.saveTemplate', { template: small }, operator)
    expect(dup).toMatchObject({ code: 'CONFLICT', message: '已有名为“季度简表”的报表模板' })
    const renamed = await t.ok(
      'reports.saveTemplate',
      {
        id: created.id,
        updatedAt: created.updatedAt,
        template: { ...small, name: '活动简表' },
      },
      operator,
    )
    expect(renamed.name).toBe('活动简表')
    expect(lastAudit(t.core.database.sqlite).detail).toBe('修改报表模板“活动简表”')
    const stale = await callError(
      t,
      'reports.saveTemplate',
      { id: created.id, updatedAt: '2000-01-01T00:00:00.000Z', template: small },
      operator,
    )
    expect(stale.code).toBe('CONFLICT')
    const unknown = await callError(
      t,
      'reports.saveTemplate',
      { template: { ...small, rows: [{ kind: 'indicator', indicatorId: 'no.such' }] } },
      operator,
    )
    expect(unknown.code).toBe('BAD_INPUT')
    const def = (await t.ok('reports.templates', {})).find((x) => x.isDefault)!
    expect((await callError(t, 'reports.deleteTemplate', { id: def.id }, operator)).code).toBe(
      'CONFLICT',
    )
    await t.ok('reports.deleteTemplate', { id: created.id }, operator)
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'reports.deleteTemplate',
      detail: '删除报表模板“活动简表”',
    })
    expect((await callError(t, 'reports.template', { id: created.id })).code).toBe('NOT_FOUND')
  })
})

describe('reports', () => {
  it('fill a draft with the engine’s figures: 本期, 上年同期, 增减, 增减率', async () => {
    const r = await t.ok('reports.compute', { draft: small, period: y2026 }, viewer)
    expect(r.comparedWith).toEqual(yearPeriod(2025))
    const byId = (id: string) => r.lines.find((l) => l.indicatorId === id)!
    // A snapshot has no 上年同期: left empty, not compared with itself.
    expect(byId('persons.total').values).toEqual([3, null, null, null])
    expect(byId('persons.group.1')).toMatchObject({ label: '其中：企业', indent: 1 })
    expect(byId('activities.count').values).toEqual([2, 1, 1, 100])
    expect(byId('activities.donations').values).toEqual([1.23, 0, 1.23, null])
    expect(r.lines[0]).toMatchObject({ kind: 'section', label: '人员' })
    const engine = await t.ok('statistics.indicators', {
      period: y2026,
      ids: ['activities.count', 'persons.total'],
    })
    expect(byId('activities.count').values[0]).toBe(engine.values['activities.count'])
  })

  it('lock: the frozen report stays as it was when data change, and is not locked twice', async () => {
    const def = (await t.ok('reports.templates', {})).find((x) => x.isDefault)!
    expect(
      (await callError(t, 'reports.lock', { templateId: def.id, period: y2026 }, viewer)).code,
    ).toBe('FORBIDDEN')
    const locked = await t.ok('reports.lock', { templateId: def.id, period: y2026 }, operator)
    expect(locked).toMatchObject({ templateName: def.name, period: y2026, lockedBy: 'u-operator' })
    expect(locked.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'reports.lock',
      object_type: 'report_lock',
      object_id: locked.id,
    })
    const total = (r: { lines: { indicatorId: string | null; values: (number | null)[] }[] }) =>
      r.lines.find((l) => l.indicatorId === 'persons.total')!.values[0]
    expect(total(locked.report)).toBe(3)

    await createPersons(t, 1, () => ({ name: '钱多多', categories: [{ code: '31' }] }))
    const template = await t.ok('reports.template', { id: def.id })
    await t.ok(
      'reports.saveTemplate',
      { id: def.id, template: { ...defaultReportTemplate(), title: '改过的标题' } },
      operator,
    )
    const live = await t.ok('reports.compute', { templateId: def.id, period: y2026 })
    expect(total(live)).toBe(4)
    expect(live.template.title).toBe('改过的标题')
    const again = await t.ok('reports.lockedReport', { id: locked.id }, viewer)
    expect(total(again.report)).toBe(3)
    expect(again.report.template.title).toBe(template.title)
    expect(again.hash).toBe(locked.hash)
    const doc = await t.ok('reports.document', { lockedId: locked.id }, viewer)
    expect(doc.locked?.hash).toBe(locked.hash)
    expect(doc.summaryLines.at(-1)).toContain(locked.hash.slice(0, 16))

    const twice = await callError(
      t,
      'reports.lock',
      { templateId: def.id, period: y2026 },
      operator,
    )
    expect(twice.code).toBe('CONFLICT')
    const list = await t.ok('reports.locked', {}, viewer)
    expect(list.map((l) => l.id)).toEqual([locked.id])
  })

  it('print as A4 portrait with unit, period, notes and the 填报人 line', async () => {
    const def = (await t.ok('reports.templates', {})).find((x) => x.isDefault)!
    const doc = await t.ok('reports.document', { templateId: def.id, period: y2026 }, viewer)
    expect(doc.layout.page.widthMm).toBeLessThan(doc.layout.page.heightMm)
    expect(doc.infoLines[0]).toBe('填报单位：示例县委统战部    统计期：2026年度')
    expect(doc.columns.map((c) => c.label)).toEqual(['项目', '单位', '本期', '上年同期', '增减'])
    const rows = doc.pages.flatMap((p) => p.rows)
    expect(rows[0]![0]).toBe('一、人员基本情况')
    expect(rows.find((r) => r[0] === '在册人数')).toEqual(['在册人数', '人', '4', '—', '—'])
    expect(doc.summaryLines).toContain('1. 一人属多类的，分类合计大于总数。')
    expect(doc.summaryLines.some((l) => l.startsWith('填报人：'))).toBe(true)
    const q = await t.ok('reports.document', {
      templateId: def.id,
      period: { from: '2026-04-01', to: '2026-06-30' },
    })
    expect(q.infoLines[0]).toContain('2026年第2季度')
  })

  it('export an .xlsx through the safe writer, audited', async () => {
    const def = (await t.ok('reports.templates', {})).find((x) => x.isDefault)!
    const r = await t.ok('reports.export', { templateId: def.id, period: y2026 }, viewer)
    expect(r.fileName).toMatch(/^新的社会阶层人士统战工作情况统计表-2026-\d{8}-\d{6}\.xlsx$/)
    expect(r.data).not.toBeNull()
    expect(Buffer.from(r.data!, 'base64').subarray(0, 2).toString()).toBe('PK')
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'reports.export',
      result: 'ok',
    })
  })
})
