import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INDICATORS } from '../../shared/statistics/indicators'
import {
  CLI_RUNS_TIMEOUT,
  SIGNED_IN,
  asAdmin,
  initializedDir,
  onlyJson,
  removeTempDirs,
  runCli,
} from './cli-run'

afterAll(removeTempDirs)

let dir: string

beforeAll(async () => {
  dir = await initializedDir()
  await asAdmin(dir, async (ok) => {
    await ok('persons.create', { name: '张三', team: '1', categories: [{ code: '11' }] })
    await ok('persons.create', { name: '李四', categories: [{ code: '11' }, { code: '41' }] })
    await ok('activities.create', {
      type: '06',
      title: '培训班',
      startDate: '2025-04-01',
      status: 'held',
    })
    await ok('activities.create', {
      type: '01',
      title: '学习会',
      startDate: '2026-04-01',
      status: 'held',
    })
  })
}, 60_000)

// Several xinlian processes per test, each running scrypt twice (key slot, password).
describe('xinlian stats', { timeout: CLI_RUNS_TIMEOUT }, () => {
  it('prints every indicator of the period by id, with value, unit and definition', async () => {
    const r = await runCli(
      ['stats', '--data-dir', dir, '--user', 'admin', '--period', '2025', '--json'],
      SIGNED_IN,
    )
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as {
      period: { from: string; to: string }
      unavailable: string[]
      indicators: { id: string; value: number; unit: string; definition: string }[]
    }
    expect(doc.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(doc.indicators.map((i) => i.id)).toEqual(INDICATORS.map((d) => d.id))
    const value = (id: string) => doc.indicators.find((i) => i.id === id)!.value
    expect(value('persons.total')).toBe(2)
    expect(value('persons.group.1')).toBe(2)
    expect(value('persons.category.41')).toBe(1)
    expect(value('persons.team.1')).toBe(1)
    expect(value('trainings.count')).toBe(1)
    expect(value('activities.count')).toBe(1)
    expect(doc.unavailable).toEqual([])
    expect(doc.indicators.every((i) => i.definition.length > 0)).toBe(true)
  })

  it('prints lines in Chinese for a quarter and refuses a period it cannot read', async () => {
    const r = await runCli(
      ['stats', '--data-dir', dir, '--user', 'admin', '--period', '2026Q2'],
      SIGNED_IN,
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('统计期 2026-04-01 至 2026-06-30')
    expect(r.stdout).toMatch(/activities\.count {2}活动场次：1 场/)
    const bad = await runCli(
      ['stats', '--data-dir', dir, '--user', 'admin', '--period', '2026Q5'],
      SIGNED_IN,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('统计期“2026Q5”无效')
  })
})
