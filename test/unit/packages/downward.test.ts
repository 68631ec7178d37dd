import { afterEach, describe, expect, it } from 'vitest'
import { activityDraft, lastAudit } from '../activity-fixtures'
import { callError, person, validId } from '../persons-fixtures'
import {
  applyDownward,
  parseDownward,
} from '../../../electron/services/packages/downward/applyDownward'
import type { TestCore } from '../../helpers/testCore'
import { readZip } from '../../../electron/services/packages/zip/packageZip'
import { count, exportTo, office, offices, type Offices } from './exchange-fixtures'

let o: Offices
const extra: TestCore[] = []
afterEach(() => {
  o?.cleanup()
  for (const t of extra.splice(0)) t.cleanup()
})

const DAMAGED = '数据包已损坏或被篡改，未导入任何数据；请对方重新生成并发送'

async function cityWithTypeAndTask(city: TestCore) {
  const type = await city.ok('activities.saveType', { name: '政企恳谈会' })
  const task = await city.ok('downward.saveTask', {
    period: '2026年度',
    deadline: '2027-01-15',
    includes: ['persons', 'activities'],
    note: '含全年活动',
  })
  return { type, task }
}

async function importDown(t: TestCore, data: string | Buffer, dryRun = false) {
  const text = typeof data === 'string' ? data : data.toString('base64')
  return t.ok('downward.import', { data: text, fileName: 'down.xlpkg', dryRun })
}

describe('下发: city → county through the handlers', () => {
  it('a new activity type and a task reach the county and are used in its next package', async () => {
    o = await offices()
    const { county, city } = o
    const { type } = await cityWithTypeAndTask(city)
    await expect(
      county.ok('activities.create', activityDraft({ type: type.code })),
    ).rejects.toThrow()

    const down = await city.ok('downward.export', { to: '330621' })
    expect(down.encrypted).toBe(true)
    expect(down.counts).toMatchObject({ dictionaries: 1, reporting_tasks: 1 })

    const preview = await importDown(county, down.data, true)
    expect(preview.status).toBe('preview')
    expect(count(county, 'SELECT count(*) FROM reporting_tasks')).toBe(0)

    const applied = await importDown(county, down.data)
    expect(applied.status).toBe('applied')
    expect(applied.sender).toEqual({ code: '330600', name: '示例市委统战部' })
    expect(applied.counts.dictionaries).toEqual({ applied: 1, skipped: 0 })
    expect(applied.counts.reporting_tasks).toEqual({ applied: 1, skipped: 0 })

    const types = await county.ok('activities.types', { includeDisabled: false })
    expect(types.find((x) => x.code === type.code)).toMatchObject({
      name: '政企恳谈会',
      setBy: '330600 示例市委统战部',
    })
    // The city's entry is used here as it is: renaming, disabling or deleting it is the city's.
    const readOnly = '该字典项由 330600 示例市委统战部 设定，本单位只能使用，不能修改或删除'
    for (const [method, input] of [
      ['activities.saveType', { code: type.code, name: '恳谈会' }],
      ['activities.saveType', { code: type.code, name: '政企恳谈会', disabled: true }],
      ['activities.deleteType', { code: type.code }],
    ] as const) {
      const refused = await callError(county, method, input)
      expect([refused.code, refused.message]).toEqual(['FORBIDDEN', readOnly])
    }
    expect((await county.ok('activities.saveType', { name: '县自定类型' })).setBy).toBeUndefined()
    const tasks = await county.ok('downward.tasks', {})
    expect(tasks.next).toMatchObject({
      period: '2026年度',
      deadline: '2027-01-15',
      includes: ['persons', 'activities'],
      own: false,
      state: 'open',
      issuer: { code: '330600', name: '示例市委统战部' },
    })

    const activity = await county.ok('activities.create', activityDraft({ type: type.code }))
    // The task asks for persons and activities: with both, the package needs no explanation.
    await county.ok('persons.create', person({ name: '王建国', idNumber: validId('1980-05-06') }))
    const pkg = await exportTo(county, { period: tasks.next!.period, explanation: undefined })
    expect((await county.ok('downward.tasks', {})).next?.state).toBe('sent')
    const received = await city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    expect(received.status).toBe('applied')
    expect(received.summary?.period).toBe('2026年度')
    const atCity = await city.ok('activities.get', { id: activity.id })
    expect(atCity.type).toBe(type.code)

    await county.ok('packages.importReceipt', { text: received.receipt!.signedText })
    const after = await county.ok('downward.tasks', {})
    expect(after.tasks[0]!.state).toBe('done')
    expect(after.next).toBeNull()

    const again = await importDown(county, down.data)
    expect(again.status).toBe('already-imported')
    expect(
      (await city.ok('downward.list', {})).map((p) => [p.direction, p.otherUnit.code]),
    ).toEqual([['sent', '330621']])
    expect(await county.ok('downward.list', {})).toMatchObject([
      {
        packageId: down.packageId,
        direction: 'received',
        otherUnit: { code: '330600', name: '示例市委统战部' },
        counts: { dictionaries: 1, reporting_tasks: 1 },
      },
    ])
    expect(count(county, 'SELECT count(*) FROM reporting_tasks')).toBe(1)
  })

  it('a changed and a deleted task, rules and templates follow in the next package', async () => {
    o = await offices()
    const { county, city } = o
    const { task } = await cityWithTypeAndTask(city)
    const second = await city.ok('downward.saveTask', {
      period: '2026年第四季度',
      deadline: '2026-12-31',
    })
    const rules = (await city.ok('suggestions.rules', {})).rules
    await city.ok('suggestions.saveRules', {
      rules: { ...rules, adoptionPoints: { ...rules.adoptionPoints, county: 7 } },
    })
    const base = await city.ok('reports.template', {
      id: (await city.ok('reports.templates', {}))[0]!.id,
    })
    await city.ok('reports.saveTemplate', {
      template: {
        name: '市季度表',
        title: base.title,
        rows: base.rows,
        columns: base.columns,
        notes: base.notes,
      },
    })
    const first = await importDown(
      county,
      (await city.ok('downward.export', { to: '330621' })).data,
    )
    expect(first.counts).toMatchObject({
      reporting_tasks: { applied: 2 },
      score_rules: { applied: 1 },
      report_templates: { applied: 1 },
    })
    expect((await county.ok('suggestions.rules', {})).rules.adoptionPoints.county).toBe(7)
    expect((await county.ok('reports.templates', {})).map((x) => x.name)).toContain('市季度表')
    expect((await county.ok('downward.tasks', {})).next?.period).toBe('2026年第四季度')

    await city.ok('downward.saveTask', { id: task.id, period: '2026年度', deadline: '2027-01-20' })
    await city.ok('downward.deleteTask', { id: second.id })
    const next = await importDown(county, (await city.ok('downward.export', { to: '330621' })).data)
    expect(next.counts).toMatchObject({
      reporting_tasks: { applied: 2, skipped: 0 },
      score_rules: { applied: 0, skipped: 1 },
    })
    const tasks = await county.ok('downward.tasks', {})
    expect(tasks.tasks.map((t) => [t.period, t.deadline])).toEqual([['2026年度', '2027-01-20']])
  })

  it('a county entry with the same code stays, and the import says so', async () => {
    o = await offices()
    const { county, city } = o
    const mine = await county.ok('activities.saveType', { name: '县内座谈会' })
    const theirs = await city.ok('activities.saveType', { name: '政企恳谈会' })
    expect(mine.code).toBe(theirs.code)
    const r = await importDown(county, (await city.ok('downward.export', { to: '330621' })).data)
    expect(r.counts.dictionaries).toEqual({ applied: 0, skipped: 1 })
    expect(r.warnings).toEqual([
      `本单位已有代码为 ${mine.code} 的活动类型“县内座谈会”，未采用上级下发的“政企恳谈会”`,
    ])
  })

  it('tasks: one per period, deleting an unknown one is refused', async () => {
    o = await offices()
    await o.city.ok('downward.saveTask', { period: '2026年度', deadline: '2027-01-15' })
    await expect(
      o.city.ok('downward.saveTask', { period: '2026年度', deadline: '2027-02-01' }),
    ).rejects.toThrow('已有报送期间为“2026年度”的报送任务')
    await expect(o.city.ok('downward.deleteTask', { id: 'nope' })).rejects.toThrow(
      '找不到这个报送任务',
    )
    await expect(
      o.city.ok('downward.saveTask', { period: '2027年度', deadline: '2027-02-30' }),
    ).rejects.toThrow(/BAD_INPUT/)
    await expect(o.city.ok('downward.export', { to: '330700' })).rejects.toThrow(
      '请先在“设置 → 上下级单位”中登记下级单位',
    )
  })
})

describe('下发 refused like any package', () => {
  it('a flipped byte anywhere, a cut or an appended byte → 已损坏或被篡改, nothing written', async () => {
    o = await offices()
    await cityWithTypeAndTask(o.city)
    const plain = Buffer.from(
      (await o.city.ok('downward.export', { to: '330621', plain: true })).data,
      'base64',
    )
    for (const e of readZip(plain)) {
      const at = e.data.byteOffset - plain.byteOffset + Math.floor(e.data.length / 2)
      const copy = Buffer.from(plain)
      copy[at] = copy[at]! ^ 0x01
      const r = await importDown(o.county, copy)
      expect([r.status, r.reason], e.name).toEqual(['refused', DAMAGED])
    }
    const sealed = Buffer.from(
      (await o.city.ok('downward.export', { to: '330621' })).data,
      'base64',
    )
    expect((await importDown(o.county, sealed.subarray(0, sealed.length - 1))).reason).toBe(DAMAGED)
    expect((await importDown(o.county, Buffer.concat([sealed, Buffer.from('x')]))).reason).toBe(
      DAMAGED,
    )
    expect(count(o.county, 'SELECT count(*) FROM reporting_tasks')).toBe(0)
    expect(count(o.county, 'SELECT count(*) FROM downward_packages')).toBe(0)
    expect((await importDown(o.county, sealed)).status).toBe('applied')
  })

  it('signed by another key under the city code → 来源未登记, nothing written', async () => {
    o = await offices()
    const stranger = await office('330600', '冒名市委统战部')
    extra.push(stranger)
    await stranger.ok('units.register', { card: (await o.county.ok('units.card', {})).signedText })
    await cityWithTypeAndTask(stranger)
    const pkg = await stranger.ok('downward.export', { to: '330621' })
    const r = await importDown(o.county, pkg.data)
    expect(r.status).toBe('refused')
    expect(r.reason).toMatch(/^来源未登记：330600 示例市委统战部 的签名密钥与登记的密钥卡不符/)
    expect(count(o.county, 'SELECT count(*) FROM reporting_tasks')).toBe(0)
  })

  it('an upward package is not a downward one, nor the other way round', async () => {
    o = await offices()
    const up = await exportTo(o.county)
    const r = await importDown(o.city, up.data)
    expect(r.reason).toBe('这不是下发数据包：下级报送的数据包请在“上报 → 导入下级数据包”中导入')
    const down = await o.city.ok('downward.export', { to: '330621' })
    const wrong = await o.county.ok('packages.import', { data: down.data })
    expect(wrong.reason).toBe('这是上级下发的数据包，请在“上报 → 下发”中导入')
    // The city cannot be sent a downward package by its own county.
    const back = await o.county.ok('downward.export', { to: '330600' }).catch((e: Error) => e)
    expect(String(back)).toContain('请先在“设置 → 上下级单位”中登记下级单位')
  })

  it('a minimum app version above ours → a clear sentence, nothing written', async () => {
    o = await offices()
    await cityWithTypeAndTask(o.city)
    const pkg = await o.city.ok('downward.export', { to: '330621', minAppVersion: '99.1' })
    const r = await importDown(o.county, pkg.data)
    expect(r.status).toBe('refused')
    expect(r.reason).toBe(
      '这个下发数据包要求新联台账 99.1 或更高版本，本机是 0.0.0-test。请先升级新联台账，再导入这个数据包',
    )
    expect(count(o.county, 'SELECT count(*) FROM reporting_tasks')).toBe(0)
    const ok = await o.city.ok('downward.export', { to: '330621', minAppVersion: '0.0.0' })
    expect((await importDown(o.county, ok.data)).status).toBe('applied')
  })

  it('a key the city revoked travels down; the county, which never held it, changes nothing', async () => {
    o = await offices()
    const other = await office('330602', '另一县委统战部')
    extra.push(other)
    await o.city.ok('units.register', {
      card: (await other.ok('units.card', {})).signedText,
    })
    const lower = (await o.city.ok('units.overview', {})).lower.find((u) => u.code === '330602')!
    await o.city.ok('units.revokeKey', { keyId: lower.activeKey!.id, reason: '电脑丢失' })
    const pkg = await o.city.ok('downward.export', { to: '330621' })
    expect(pkg.counts.key_revocations).toBe(1)
    const r = await importDown(o.county, pkg.data)
    // The county never held that key: nothing to revoke here.
    expect(r.counts.key_revocations).toEqual({ applied: 0, skipped: 1 })
  })
})

describe('下发 revocations and the audit trail', () => {
  it('a revoked key the county holds is revoked here; our own key revoked is said aloud', async () => {
    o = await offices()
    const county = o.county.core.database.sqlite
    const cityKey = county
      .prepare("SELECT fingerprint FROM unit_keys WHERE status = 'active'")
      .pluck()
      .get() as string
    const ownKey = county
      .prepare("SELECT fingerprint FROM own_keys WHERE status = 'active'")
      .pluck()
      .get() as string
    const content = parseDownward(new Map())
    content.key_revocations.push(
      {
        unit_code: '330600',
        fingerprint: cityKey,
        revoked_at: '2026-12-01T00:00:00.000Z',
        reason: '电脑丢失',
      },
      {
        unit_code: '330621',
        fingerprint: ownKey,
        revoked_at: '2026-12-02T00:00:00.000Z',
        reason: null,
      },
    )
    const r = applyDownward(county, content, {
      sender: { unitId: 'u', code: '330600', name: '示例市委统战部' },
      now: '2026-12-06T00:00:00.000Z',
      by: 'admin',
    })
    expect(r.counts.key_revocations).toEqual({ applied: 1, skipped: 1 })
    expect(r.warnings).toEqual([
      '上级单位已于 2026-12-02 吊销本单位的签名密钥：请在“设置 → 上下级单位”中更换密钥，并把新的密钥卡交给上级',
    ])
    expect(
      county
        .prepare('SELECT status, revoke_reason FROM unit_keys WHERE fingerprint = ?')
        .get(cityKey),
    ).toEqual({ status: 'revoked', revoke_reason: '电脑丢失' })
  })

  it('export, import and refusal each leave an audit row saying what happened', async () => {
    o = await offices()
    const pkg = await o.city.ok('downward.export', { to: '330621' })
    expect(lastAudit(o.city.core.database.sqlite).detail).toMatch(
      /^生成下发数据包 330600_示例市委统战部_下发_\d{8}\.xlpkg → 330621（已加密）$/,
    )
    await importDown(o.county, pkg.data)
    expect(lastAudit(o.county.core.database.sqlite)).toMatchObject({
      action: 'downward.import',
      detail: '导入 330600 示例市委统战部 的下发数据包 down.xlpkg',
    })
    await importDown(o.county, Buffer.from('not a package'))
    expect(lastAudit(o.county.core.database.sqlite).detail).toMatch(/^拒收下发数据包 down\.xlpkg：/)
  })
})
