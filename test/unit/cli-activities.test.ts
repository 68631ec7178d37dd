import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import type { Input, Method } from '../../shared/contract'
import { ADMIN_PASSWORD, initializedDir, onlyJson, removeTempDirs, runCli } from './cli-run'

afterAll(removeTempDirs)

let dir: string
let activityId: string
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }

/** Data entered through the core, as the desktop app would: a township, persons, an activity. */
async function seed(dataDir: string) {
  const core = await createCore({ dataDir, appVersion: 'test', shell: 'test' }, { mounts: [] })
  const slot = new SessionSlot()
  const ok = async <M extends Method>(m: M, input: Input<M>) => {
    const r = await core.call(slot, m, input)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.value
  }
  try {
    await ok('auth.login', { username: 'admin', password: ADMIN_PASSWORD })
    const township = await ok('dictionaries.save', { kind: 'township', name: '城关镇' })
    for (const [name, phone] of [
      ['张三', '13812345678'],
      ['李四', '13912345678'],
    ] as const)
      await ok('persons.create', {
        name,
        phone,
        team: '1',
        township: township.code,
        employer: '华达公司',
      })
    const a = await ok('activities.create', {
      type: '06',
      title: '代表人士培训班',
      startDate: '2025-04-01',
      status: 'held',
    })
    await ok('participants.addByFilter', { activityId: a.id, filter: { teams: ['1'] } })
    await ok('participants.markBySeq', { activityId: a.id, text: '2' })
    return a.id
  } finally {
    core.close()
  }
}

beforeAll(async () => {
  dir = await initializedDir()
  activityId = await seed(dir)
})

const base = () => ['--data-dir', dir, '--user', 'admin']

describe('xinlian activities', () => {
  it('lists activities as exactly one JSON document, filtered by year and type', async () => {
    const r = await runCli(['activities', 'list', ...base(), '--json', '--type', '培训'], env)
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      count: number
      items: { id: string; title: string; attendance: { expected: number; actual: number } }[]
    }
    expect(doc.count).toBe(1)
    expect(doc.items[0]).toMatchObject({
      id: activityId,
      title: '代表人士培训班',
      attendance: { expected: 2, actual: 1 },
    })
    const none = await runCli(['activities', 'list', ...base(), '--json', '--year', '2024'], env)
    expect(onlyJson(none.stdout)).toMatchObject({ count: 0, items: [] })
  })

  it('lists an activity’s participants by 序号 with masked phones', async () => {
    const r = await runCli(['activities', 'participants', activityId, ...base(), '--json'], env)
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      summary: { expected: number; present: number }
      items: { seq: number; name: string; phone: string; attendance: string }[]
    }
    expect(doc.summary).toMatchObject({ expected: 2, present: 1 })
    expect(doc.items.map((p) => [p.seq, p.attendance])).toEqual([
      [1, 'registered'],
      [2, 'present'],
    ])
    expect(doc.items.map((p) => p.phone).sort()).toEqual(['138****5678', '139****5678'])
    expect(r.stdout).not.toContain('13812345678')
    const human = await runCli(['activities', 'participants', activityId, ...base()], env)
    expect(human.stdout.split('\n')[0]).toBe('代表人士培训班：应到 2 人，实到 1 人')
  })

  it('answers usage errors and unknown activities with one JSON document too', async () => {
    const missing = await runCli(['activities', 'participants', ...base(), '--json'], env)
    expect(missing.code).toBe(2)
    expect(onlyJson(missing.stdout)).toMatchObject({ ok: false, error: { code: 'USAGE' } })
    expect(missing.stderr).toContain('缺少参数：<活动编号>')
    const unknown = await runCli(
      ['activities', 'participants', '0190aaaa-0000-7000-8000-000000000000', ...base(), '--json'],
      env,
    )
    expect(unknown.code).toBe(1)
    expect(onlyJson(unknown.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const badYear = await runCli(['activities', 'list', ...base(), '--year', '25'], env)
    expect(badYear.code).toBe(2)
    expect(badYear.stderr).toContain('年度“25”无效')
  })
})
