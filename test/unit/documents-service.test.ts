import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { activityDraft, createPersons, lastAudit } from './activity-fixtures'
import { addTownship, callError, sessionAs, validId } from './persons-fixtures'

let t: TestCore
let viewer: SessionSlot
let operator: SessionSlot
let activityId: string
let township: string

beforeAll(async () => {
  t = await makeTestCore()
  viewer = await sessionAs(t, 'viewer')
  operator = await sessionAs(t, 'operator')
  township = (await addTownship(t, '城关镇')).code
  await createPersons(t, 137, (i) => ({
    name: `代表${String(i + 1).padStart(3, '0')}`,
    team: '1',
    township,
    employer: '华达机械有限公司',
    jobTitle: '总经理',
    phone: `138${String(10_000_000 + i).slice(-8)}`,
    idNumber: i === 0 ? validId('1985-03-12') : null,
  }))
  activityId = (
    await t.ok(
      'activities.create',
      activityDraft({ title: '2025年代表人士学习会', donationFen: 10_000 }),
    )
  ).id
  await t.ok('participants.addByFilter', {
    activityId,
    filter: { teams: ['1'], townships: [township] },
  })
})
afterAll(() => t?.cleanup())

describe('print models from the register', () => {
  it('prints 137 participants and 10 blank rows as a 10-page sign-in sheet, each name once', async () => {
    const sheet = await t.ok('documents.signInSheet', { activityId, blankRows: 10 }, viewer)
    expect(sheet.pages).toHaveLength(10)
    expect(sheet.pages.every((p) => p.showTitle)).toBe(true)
    const names = sheet.pages.flatMap((p) => p.rows.filter((r) => !r.blank).map((r) => r.name))
    expect(names).toHaveLength(137)
    expect(new Set(names).size).toBe(137)
    expect(sheet.pages[0]!.label).toBe('第 1 页 共 10 页')
    expect(sheet.footer).toBe('应到 137 人　实到 ___ 人')
  })

  it('prints a roster of an activity masked; the full one needs an operator and is audited', async () => {
    const source = { kind: 'activity' as const, activityId }
    const masked = await t.ok(
      'documents.roster',
      { source, columns: ['name', 'idNumber', 'phone', 'township'] },
      viewer,
    )
    expect(masked.title).toBe('2025年代表人士学习会参加人员花名册')
    expect(masked.count).toBe(137)
    expect(masked.pages[0]!.rows[0]).toEqual([
      '1',
      '代表001',
      '3306**********' + validId('1985-03-12').slice(-4),
      '城关镇',
      '138****0000',
    ])
    expect(
      await callError(t, 'documents.rosterUnmasked', { source, columns: ['idNumber'] }, viewer),
    ).toMatchObject({ code: 'FORBIDDEN' })
    const full = await t.ok('documents.rosterUnmasked', { source, columns: ['idNumber'] }, operator)
    expect(full.pages[0]!.rows[0]![1]).toBe(validId('1985-03-12'))
    const audit = lastAudit(t.core.database.sqlite)
    expect(audit).toMatchObject({
      action: 'documents.rosterUnmasked',
      result: 'ok',
      detail: '生成未脱敏花名册，共 137 人',
    })
    expect(audit.detail).not.toContain(validId('1985-03-12'))
  })

  it('prints a roster by filter and of an organization with posts', async () => {
    const byFilter = await t.ok('documents.roster', {
      source: { kind: 'filter', filter: { query: '代表00' } },
      columns: ['name'],
    })
    expect(byFilter.count).toBe(9)
    const org = await t.ok('organizations.create', { kind: 'association', name: '城关镇新联会' })
    const list = await t.ok('participants.list', { activityId })
    await t.ok('memberships.add', {
      organizationId: org.id,
      personIds: [list.items[5]!.personId],
      post: '07',
    })
    await t.ok('memberships.add', {
      organizationId: org.id,
      personIds: [list.items[9]!.personId],
      post: '01',
    })
    const roster = await t.ok('documents.roster', {
      source: { kind: 'organization', organizationId: org.id },
      columns: ['name', 'post'],
    })
    expect(roster.title).toBe('城关镇新联会成员花名册')
    expect(roster.pages[0]!.rows).toEqual([
      ['1', '代表010', '会长'],
      ['2', '代表006', '会员'],
    ])
  })

  it('prints the year’s ledger with 实到 and totals, held activities only unless asked', async () => {
    await t.ok('participants.markBySeq', { activityId, text: '1-100' })
    await t.ok(
      'activities.create',
      activityDraft({
        title: '计划中的调研',
        type: '07',
        status: 'planned',
        startDate: '2025-10-01',
      }),
    )
    const ledger = await t.ok('documents.ledger', { year: 2025 }, viewer)
    expect(ledger.totals).toMatchObject({
      activities: 1,
      participantTimes: 100,
      donationFen: 10_000,
    })
    expect(ledger.pages[0]!.rows[0]![2]).toBe('2025年代表人士学习会')
    expect(
      (await t.ok('documents.ledger', { year: 2025, includePlanned: true })).totals.activities,
    ).toBe(2)
  })

  it('prints a person’s registration form with their activities, masked unless asked', async () => {
    const list = await t.ok('participants.list', { activityId })
    const form = await t.ok('documents.personForm', { personId: list.items[0]!.personId }, viewer)
    const blocks = form.pages.flatMap((p) => p.blocks)
    expect(blocks.some((b) => b.title === '参加活动和培训（参加活动 1 次，培训 0 期）')).toBe(true)
    const cells = blocks.flatMap((b) =>
      b.kind === 'grid' ? b.rows.flat().map((c) => c.value) : [],
    )
    expect(cells).toContain('138****0000')
    const full = await t.ok(
      'documents.personFormUnmasked',
      { personId: list.items[0]!.personId },
      operator,
    )
    expect(
      full.pages[0]!.blocks.flatMap((b) =>
        b.kind === 'grid' ? b.rows.flat().map((c) => c.value) : [],
      ),
    ).toContain('13810000000')
  })

  it('records every print or PDF export', async () => {
    await t.ok(
      'documents.recordOutput',
      {
        document: 'signIn',
        objectId: activityId,
        title: '2025年代表人士学习会',
        masked: true,
        pages: 10,
        output: 'pdf',
      },
      viewer,
    )
    expect(lastAudit(t.core.database.sqlite)).toMatchObject({
      action: 'documents.recordOutput',
      object_type: 'signIn',
      object_id: activityId,
      detail: '另存为 PDF 签到表（2025年代表人士学习会），共 10 页，已脱敏',
    })
  })
})
