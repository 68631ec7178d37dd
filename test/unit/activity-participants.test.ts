import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionSlot } from '../../electron/core/session'
import { contentPath } from '../../electron/services/attachments/contentStore'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { activityDraft, changeLogCount, createPersons, lastAudit } from './activity-fixtures'
import { addTownship, callError, sessionAs } from './persons-fixtures'

let t: TestCore
let viewer: SessionSlot
let operator: SessionSlot
let chengguan: string
let reps: string[]
let east: string[]

const GIVEN = '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗'
const name = (i: number) => `${GIVEN[i % 20]}${'一二三四五六七八九十'[Math.floor(i / 20) % 10]}`

beforeAll(async () => {
  t = await makeTestCore()
  viewer = await sessionAs(t, 'viewer')
  operator = await sessionAs(t, 'operator')
  chengguan = (await addTownship(t, '城关镇')).code
  const donghu = (await addTownship(t, '东湖街道')).code
  reps = await createPersons(t, 40, (i) => ({
    name: name(i),
    team: '1',
    township: chengguan,
    sex: i % 3 ? '1' : '2',
  }))
  await createPersons(t, 6, (i) => ({ name: `后备${i}`, team: '2', township: chengguan }))
  east = await createPersons(t, 4, (i) => ({ name: `东湖${i}`, team: '1', township: donghu }))
  // In the recycle bin: never added by a filter.
  const [binned] = await createPersons(t, 1, () => ({
    name: '已删除',
    team: '1',
    township: chengguan,
  }))
  await t.ok('persons.delete', { id: binned! })
})
afterAll(() => t?.cleanup())

async function newActivity(overrides: Parameters<typeof activityDraft>[0] = {}) {
  return t.ok('activities.create', activityDraft(overrides), operator)
}

describe('activities', () => {
  it('ships the activity types, 培训 among them, as an editable list', async () => {
    const types = await t.ok('activities.types', {}, viewer)
    expect(types.map((x) => x.name)).toEqual([
      '理论学习',
      '实践教育',
      '主题研讨',
      '宣传展示',
      '社会服务',
      '培训',
      '调研考察',
      '联谊交流',
      '建言献策',
      '公益慈善',
      '应急/抗疫',
    ])
    expect(types.find((x) => x.code === '06')!.name).toBe('培训')
    expect(await t.ok('activities.saveType', { name: '座谈会' })).toMatchObject({ code: '12' })
  })

  it('checks dates, time, type and keeps training fields for trainings only', async () => {
    expect(
      (await callError(t, 'activities.create', activityDraft({ startDate: '2025-02-30' }))).message,
    ).toBe('「开始日期」应为有效日期，格式如 2024-03-12')
    expect(
      (await callError(t, 'activities.create', activityDraft({ endDate: '2025-03-01' }))).message,
    ).toContain('早于')
    expect(
      (await callError(t, 'activities.create', activityDraft({ type: '99' }))).message,
    ).toContain('活动类型“99”')
    expect(
      (await callError(t, 'activities.create', activityDraft({ startTime: '25:00' }))).message,
    ).toContain('开始时间')
    const training = await newActivity({
      type: '06',
      title: '年度培训班',
      trainingDays: 3,
      trainingLevel: 'county',
      trainingSchool: '县社会主义学院',
      startTime: '9：00',
    })
    expect(training).toMatchObject({
      isTraining: true,
      typeName: '培训',
      trainingDays: 3,
      startTime: '09:00',
    })
    const changed = await t.ok('activities.update', { id: training.id, type: '03' })
    // Fields left out stay as they are: the status is still 已举办.
    expect(changed).toMatchObject({
      isTraining: false,
      trainingDays: null,
      trainingSchool: null,
      status: 'held',
    })
    expect(lastAudit(t.core.database.sqlite).detail).toContain('活动类型')
  })

  it('keeps outcome figures, money in 分, and lists by year, type and words', async () => {
    const a = await newActivity({
      type: '10',
      title: '助学捐赠仪式',
      startDate: '2024-09-01',
      beneficiaries: 30,
      donationFen: 5_000_000,
      goodsFen: 120_050,
      volunteerHours: 12.5,
      onlineViews: 3200,
      newsLinks: ['https://example.org/news/1'],
    })
    const got = await t.ok('activities.get', { id: a.id }, viewer)
    expect(got).toMatchObject({
      donationFen: 5_000_000,
      goodsFen: 120_050,
      volunteerHours: 12.5,
      newsLinks: ['https://example.org/news/1'],
    })
    const y2024 = await t.ok('activities.list', { year: 2024 }, viewer)
    expect(y2024.items.map((x) => x.id)).toEqual([a.id])
    expect((await t.ok('activities.list', { query: '捐赠' })).items.map((x) => x.id)).toEqual([
      a.id,
    ])
    expect((await t.ok('activities.list', { type: '10', year: 2025 })).total).toBe(0)
  })
})

describe('participants and attendance', () => {
  let activityId: string

  it('adds every 代表人士 of 城关镇 by filter in one transaction, in list order', async () => {
    activityId = (await newActivity()).id
    const sqlite = t.core.database.sqlite
    const before = changeLogCount(sqlite, 'participants')
    const filter = { teams: ['1'], townships: [chengguan] }
    const r = await t.ok('participants.addByFilter', { activityId, filter }, operator)
    const expected = await t.ok('persons.list', { ...filter, sort: 'name', pageSize: 500 })
    expect(expected.total).toBe(40)
    expect(r).toMatchObject({ matched: 40, added: 40, skipped: 0 })
    expect(r.summary).toMatchObject({ expected: 40, registered: 40, present: 0, actual: 0 })
    const list = await t.ok('participants.list', { activityId }, viewer)
    expect(list.items.map((p) => p.personId)).toEqual(expected.items.map((p) => p.id))
    expect(list.items.map((p) => p.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    // One write: every row logged under the same stamp, one audit row for the call.
    const stamps = sqlite
      .prepare(
        "SELECT DISTINCT hlc FROM change_log WHERE table_name = 'participants' AND seq > (SELECT max(seq) - 40 FROM change_log)",
      )
      .pluck()
      .all()
    expect(changeLogCount(sqlite, 'participants')).toBe(before + 40)
    expect(stamps).toHaveLength(1)
    expect(lastAudit(sqlite)).toMatchObject({
      action: 'participants.addByFilter',
      result: 'ok',
      detail: `向活动 新联会会员学习交流会 按筛选条件添加参加人员 40 人`,
    })
  })

  it('skips persons already on the list; picked persons are numbered after the last 序号', async () => {
    const again = await t.ok('participants.addByFilter', {
      activityId,
      filter: { townships: [chengguan] },
    })
    expect(again).toMatchObject({ matched: 46, added: 6, skipped: 40 })
    const picked = await t.ok('participants.add', {
      activityId,
      personIds: [east[1]!, east[0]!, east[1]!],
      role: 'speaker',
    })
    expect(picked).toMatchObject({ added: 2, skipped: 0 })
    const list = await t.ok('participants.list', { activityId })
    expect(list.items.slice(-2).map((p) => [p.seq, p.personId, p.role])).toEqual([
      [47, east[1], 'speaker'],
      [48, east[0], 'speaker'],
    ])
    expect(
      await callError(t, 'participants.add', {
        activityId,
        personIds: ['0190aaaa-0000-7000-8000-000000000000'],
      }),
    ).toMatchObject({ code: 'BAD_INPUT' })
  })

  it('adds an organization’s current members, officers first', async () => {
    const org = await t.ok('organizations.create', { kind: 'association', name: '东湖新联会' })
    await t.ok('memberships.add', {
      organizationId: org.id,
      personIds: [east[3]!, east[0]!],
      post: '07',
    })
    await t.ok('memberships.add', { organizationId: org.id, personIds: [east[2]!], post: '01' })
    const other = (await newActivity({ title: '东湖新联会理事会' })).id
    const r = await t.ok('participants.addFromOrganization', {
      activityId: other,
      organizationId: org.id,
    })
    expect(r).toMatchObject({ matched: 3, added: 3 })
    const list = await t.ok('participants.list', { activityId: other })
    expect(list.items[0]!.personId).toBe(east[2])
    const onList = await t.ok('participants.addFromOrganization', {
      activityId,
      organizationId: org.id,
      posts: ['07'],
    })
    expect(onList).toMatchObject({ matched: 2, added: 1, skipped: 1 })
  })

  it('marks attendance by the 序号 typed from the sheet and counts 实到', async () => {
    const r = await t.ok(
      'participants.markBySeq',
      { activityId, text: '1-12，15、18；１８' },
      operator,
    )
    expect(r.seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18])
    expect(r.duplicates).toEqual([18])
    expect(r).toMatchObject({ changed: 14 })
    expect(r.summary).toMatchObject({ expected: 49, present: 14, registered: 35, actual: 14 })
    const list = await t.ok('participants.list', { activityId })
    const present = list.items.filter((p) => p.attendance === 'present').map((p) => p.seq)
    expect(present).toEqual(r.seqs)
    expect((await t.ok('activities.get', { id: activityId })).attendance.actual).toBe(14)
  })

  it('names bad 序号 and changes nothing', async () => {
    const sqlite = t.core.database.sqlite
    const before = changeLogCount(sqlite, 'participants')
    const bad = await callError(t, 'participants.markBySeq', { activityId, text: '20-22，1x，200' })
    expect(bad.code).toBe('BAD_INPUT')
    expect(bad.issues!.map((i) => i.message)).toEqual([
      '第 2 项“1x”不是有效的序号',
      '第 3 项“200”超出范围：本表共 49 人',
    ])
    expect(changeLogCount(sqlite, 'participants')).toBe(before)
    expect((await t.ok('participants.list', { activityId })).summary.present).toBe(14)
    expect(lastAudit(sqlite)).toMatchObject({ action: 'participants.markBySeq', result: 'failed' })
  })

  it('marks the rest absent, one person on leave, or everyone at once', async () => {
    const r = await t.ok('participants.markBySeq', { activityId, text: '13', othersAs: 'absent' })
    expect(r.summary).toMatchObject({ present: 15, absent: 34, registered: 0 })
    const list = await t.ok('participants.list', { activityId })
    const leave = list.items.find((p) => p.seq === 14)!
    expect(
      (
        await t.ok('participants.setAttendance', {
          activityId,
          ids: [leave.id],
          attendance: 'leave',
        })
      ).summary,
    ).toMatchObject({ absent: 33, leave: 1 })
    const all = await t.ok('participants.setAllAttendance', {
      activityId,
      attendance: 'present',
      onlyRegistered: true,
    })
    expect(all.changed).toBe(0)
    // A hand count (walk-ins not in the register) overrides the marks as 实到.
    const updated = await t.ok('activities.update', { id: activityId, actualCount: 52 })
    expect(updated.attendance).toMatchObject({ present: 15, actual: 52 })
    await t.ok('activities.update', { id: activityId, actualCount: null })
  })

  it('keeps printed 序号 when someone is removed, refuses the gap, and renumbers on request', async () => {
    const list = await t.ok('participants.list', { activityId })
    const third = list.items.find((p) => p.seq === 3)!
    await t.ok('participants.remove', { activityId, ids: [third.id] })
    const after = await t.ok('participants.list', { activityId })
    expect(after.items.map((p) => p.seq)).not.toContain(3)
    expect(after.items.at(-1)!.seq).toBe(49)
    const gap = await callError(t, 'participants.markBySeq', { activityId, text: '2-4' })
    expect(gap.message).toContain('序号 3 不在本表中')
    const re = await t.ok('participants.renumber', { activityId })
    expect(re.changed).toBe(46)
    expect((await t.ok('participants.list', { activityId })).items.map((p) => p.seq)).toEqual(
      Array.from({ length: 48 }, (_, i) => i + 1),
    )
  })

  it('prints the sign-in sheet from the list', async () => {
    const sheet = await t.ok('documents.signInSheet', { activityId, blankRows: 10 }, viewer)
    expect(sheet.title).toBe('新联会会员学习交流会签到表')
    expect(sheet.footer).toBe('应到 48 人　实到 ___ 人')
    const rows = sheet.pages.flatMap((p) => p.rows)
    expect(rows).toHaveLength(58)
    expect(rows.filter((r) => !r.blank).map((r) => r.seq)).toEqual(
      Array.from({ length: 48 }, (_, i) => String(i + 1)),
    )
    expect(sheet.pages.map((p) => p.label)).toEqual([
      '第 1 页 共 4 页',
      '第 2 页 共 4 页',
      '第 3 页 共 4 页',
      '第 4 页 共 4 页',
    ])
  })

  it('counts what a person attended: 参加活动 N 次，培训 N 期', async () => {
    const who = reps[0]!
    const training = await newActivity({ type: '06', title: '年度培训班', startDate: '2025-05-01' })
    const cancelled = await newActivity({ title: '取消的座谈', startDate: '2025-06-01' })
    const absent = await newActivity({ title: '缺席的调研', startDate: '2025-07-01', type: '07' })
    for (const a of [training, cancelled, absent])
      await t.ok('participants.add', { activityId: a.id, personIds: [who] })
    await t.ok('participants.setAllAttendance', { activityId: training.id, attendance: 'present' })
    await t.ok('participants.setAllAttendance', { activityId: cancelled.id, attendance: 'present' })
    await t.ok('participants.setAllAttendance', { activityId: absent.id, attendance: 'absent' })
    await t.ok('activities.update', { id: cancelled.id, status: 'cancelled' })
    expect(
      await callError(t, 'participants.setAllAttendance', {
        activityId: cancelled.id,
        attendance: 'present',
      }),
    ).toMatchObject({ code: 'CONFLICT' })
    const mine = await t.ok('activities.ofPerson', { personId: who }, viewer)
    const seq1 = (await t.ok('participants.list', { activityId })).items.find(
      (p) => p.personId === who,
    )!
    const attendedMain = seq1.attendance === 'present' ? 1 : 0
    expect(mine).toMatchObject({ activityCount: attendedMain, trainingCount: 1 })
    expect(mine.summaryText).toBe(`参加活动 ${attendedMain} 次，培训 1 期`)
    expect(mine.items.map((i) => i.title)).toEqual([
      '缺席的调研',
      '取消的座谈',
      '年度培训班',
      '新联会会员学习交流会',
    ])
  })

  it('lets viewers read, operators edit lists, and only admins delete an activity', async () => {
    expect(
      await callError(t, 'participants.add', { activityId, personIds: [east[0]] }, viewer),
    ).toMatchObject({ code: 'FORBIDDEN' })
    expect(await callError(t, 'activities.delete', { id: activityId }, operator)).toMatchObject({
      code: 'FORBIDDEN',
    })
    const sqlite = t.core.database.sqlite
    const before = changeLogCount(sqlite, 'participants')
    await t.ok('activities.delete', { id: activityId })
    expect(changeLogCount(sqlite, 'participants')).toBe(before + 48)
    expect(await callError(t, 'participants.list', { activityId })).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(
      (await t.ok('activities.ofPerson', { personId: reps[0]! })).items.map((i) => i.title),
    ).not.toContain('新联会会员学习交流会')
  })
})

describe('attachments', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('合影照片'),
  ])

  it('stores files once by content hash, lists them, and checks type by the first bytes', async () => {
    const a = await newActivity({ title: '合影活动' })
    const b = await newActivity({ title: '另一活动' })
    const one = await t.ok(
      'activities.addAttachment',
      { activityId: a.id, fileName: 'C:\\照片\\合影.png', base64: png.toString('base64') },
      operator,
    )
    expect(one).toMatchObject({ mime: 'image/png', size: png.length, fileName: '合影.png' })
    const path = contentPath(t.dir, one.sha256)
    expect(path).toBe(`${t.dir}/attachments/${one.sha256.slice(0, 2)}/${one.sha256}`)
    expect(existsSync(path)).toBe(true)
    expect(
      (
        await callError(t, 'activities.addAttachment', {
          activityId: a.id,
          fileName: 'x.png',
          base64: png.toString('base64'),
        })
      ).code,
    ).toBe('CONFLICT')
    const two = await t.ok('activities.addAttachment', {
      activityId: b.id,
      fileName: '同一张.png',
      base64: `data:image/png;base64,${png.toString('base64')}`,
    })
    expect(two.sha256).toBe(one.sha256)
    expect((await t.ok('activities.get', { id: a.id })).attachments.map((x) => x.fileName)).toEqual(
      ['合影.png'],
    )
    const back = await t.ok('activities.attachment', { id: one.id }, viewer)
    expect(Buffer.from(back.base64, 'base64').equals(png)).toBe(true)

    const exe = Buffer.from('MZ\x90\x00 not a picture').toString('base64')
    expect(
      (
        await callError(t, 'activities.addAttachment', {
          activityId: a.id,
          fileName: 'photo.jpg',
          base64: exe,
        })
      ).message,
    ).toBe('只能上传 JPG、PNG 图片或 PDF 文件')
    expect(
      (
        await callError(t, 'activities.addAttachment', {
          activityId: a.id,
          fileName: 'x.pdf',
          base64: '!!!',
        })
      ).message,
    ).toContain('Base64')
    const big = Buffer.alloc(20 * 1024 * 1024 + 1)
    Buffer.from('%PDF-').copy(big)
    expect(
      (
        await callError(t, 'activities.addAttachment', {
          activityId: a.id,
          fileName: 'big.pdf',
          base64: big.toString('base64'),
        })
      ).message,
    ).toBe('文件超过 20 MB，请压缩后再上传')

    // The file stays while another activity uses it, and goes with its last use.
    await t.ok('activities.removeAttachment', { id: one.id })
    expect(existsSync(path)).toBe(true)
    await t.ok('activities.removeAttachment', { id: two.id })
    expect(existsSync(path)).toBe(false)
  })
})
