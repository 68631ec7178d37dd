import { afterEach, describe, expect, it } from 'vitest'
import { compareVersions } from '../../../electron/services/packages/downward/appVersion'
import { taskDeadlines } from '../../../electron/services/packages/downward/taskDeadline'
import { daysLate } from '../../../shared/packages/periodDeadline'
import { daysFrom } from '../../../shared/statistics/days'
import { offices, type Offices } from './exchange-fixtures'

let o: Offices | undefined
afterEach(() => {
  o?.cleanup()
  o = undefined
})

describe('deadlines of reporting tasks', () => {
  it('days between calendar dates, across a year end and a DST change, in any time zone', () => {
    expect(daysFrom('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysFrom('2027-01-15', '2026-12-06')).toBe(-40)
    expect(daysFrom('2026-03-07', '2026-03-09')).toBe(2)
    expect(daysFrom('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysLate('2027-01-15', '2027-01-15')).toBe(0)
    expect(daysLate('2027-01-15', '2027-01-18')).toBe(3)
    expect(daysLate('2027-01-15', '2026-12-01')).toBe(0)
  })

  it("a period's deadline, from the city's own tasks and from those received at the county", async () => {
    const office = await offices()
    o = office
    await office.city.ok('downward.saveTask', { period: '2026年度', deadline: '2027-01-15' })
    const deleted = await office.city.ok('downward.saveTask', {
      period: '2025年度',
      deadline: '2026-01-15',
    })
    await office.city.ok('downward.deleteTask', { id: deleted.id })
    const city = office.city.core.database.sqlite
    expect(taskDeadlines(city)).toEqual(new Map([['2026年度', '2027-01-15']]))
    expect(taskDeadlines(city, '330600').get('2026年度')).toBe('2027-01-15')
    expect(taskDeadlines(city, '330000').size).toBe(0)

    const down = await office.city.ok('downward.export', { to: '330621' })
    await office.county.ok('downward.import', { data: down.data })
    expect(taskDeadlines(office.county.core.database.sqlite, '330600').get('2026年度')).toBe(
      '2027-01-15',
    )
    // The city's board measures its counties against the task's deadline, not the default.
    const board = await office.city.ok('packages.statusBoard', { period: '2026年度' })
    expect(JSON.stringify(board)).toContain('2027-01-15')
  })

  it('app versions compare by number, a suffix ignored', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1)
    expect(compareVersions('1.2', '1.2.0')).toBe(0)
    expect(compareVersions('0.0.0-test', '0.0.1')).toBe(-1)
    expect(compareVersions('2.0.0', '10.0')).toBe(-1)
  })
})
