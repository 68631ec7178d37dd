import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { IndicatorReport, StatisticsBreakdowns } from '../../shared/contract'
import type { Period } from '../../shared/statistics/period'
import { t } from '../../shared/i18n'
import { localToday } from '../../shared/dates/calendar'
import { App } from '../../renderer/src/app/App'
import { personsCore } from './personsFixtures'

const txt = t.statisticsUi

function report(period: Period): IndicatorReport {
  return {
    period,
    values: {
      'persons.total': 1234,
      'persons.group.1': 700,
      'persons.category.11': 650,
      'persons.category.12': 61,
      'persons.group.2': 300,
      'suggestions.submitted': 40,
      'suggestions.adopted': 12,
      'suggestions.instructed': 3,
    },
    unavailable: [],
    rulesVersion: 1,
    computedAt: '2026-12-06T01:00:00.000Z',
  }
}

function breakdowns(period: Period): StatisticsBreakdowns {
  const year = Number(period.from.slice(0, 4))
  const months = (y: number, base: number) =>
    Array.from({ length: 12 }, (_, i) => ({
      month: `${y}-${String(i + 1).padStart(2, '0')}`,
      count: base + i,
      attendance: (base + i) * 10,
    }))
  return {
    period,
    byTownship: [
      { code: '001', count: 800 },
      { code: null, count: 434 },
    ],
    ageSex: [
      { band: '<35', male: 101, female: 202, other: 3 },
      { band: '35-44', male: 300, female: 250, other: 0 },
      { band: '45-54', male: 150, female: 120, other: 0 },
      { band: '55+', male: 50, female: 40, other: 0 },
      { band: 'unknown', male: 10, female: 8, other: 0 },
    ],
    months: months(year, 5),
    lastYearMonths: months(year - 1, 2),
  }
}

function statisticsCore() {
  return personsCore([], {
    hash: '#/statistics',
    more: {
      'statistics.indicators': ({ period }) => report(period),
      'statistics.breakdowns': ({ period }) => breakdowns(period),
    },
  })
}

const card = (key: string) => document.querySelector<HTMLElement>(`[data-chart="${key}"]`)!
/** The chart's own drawing, not the icons of its card. */
const chartSvg = (key: string) => card(key)?.querySelector('div[role="img"] svg')

describe('统计 → 概览', () => {
  it('draws every chart as SVG for this year, and the table view shows the engine’s numbers', async () => {
    const core = statisticsCore()
    const year = Number(localToday().slice(0, 4))
    render(<App />)
    await screen.findByRole('tab', { name: txt.tabs.overview }, { timeout: 8000 })
    await waitFor(() => expect(card('funnel')).toBeTruthy(), { timeout: 8000 })
    expect(core.callsOf('statistics.breakdowns')[0]!.period).toEqual({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    })
    for (const key of ['categories', 'townships', 'months', 'pyramid', 'funnel'])
      expect(chartSvg(key), key).toBeTruthy()
    // The chart draws the names and numbers it was given, in Chinese.
    await waitFor(() => {
      const svgText = chartSvg('categories')!.textContent!
      expect(svgText).toContain('民营企业管理技术人员')
      expect(svgText).toContain('650')
    })

    const user = userEvent.setup()
    await user.click(within(card('pyramid')).getByText(txt.view.table))
    const pyramidRows = within(card('pyramid')).getAllByRole('row')
    expect(pyramidRows.map((r) => r.textContent)).toContain('35岁以下1012023306')

    await user.click(within(card('townships')).getByText(txt.view.table))
    const towns = within(card('townships'))
    expect(towns.getByRole('cell', { name: '城关街道' })).toBeTruthy()
    expect(towns.getByRole('cell', { name: txt.charts.townships.unfilled })).toBeTruthy()
    expect(towns.getByRole('cell', { name: '1,234' })).toBeTruthy()

    await user.click(within(card('funnel')).getByText(txt.view.table))
    const funnel = within(card('funnel'))
    expect(funnel.getByRole('cell', { name: '30.0%' })).toBeTruthy()
  })

  it('asks the engine again when the period changes to a quarter, and compares with last year', async () => {
    const core = statisticsCore()
    render(<App />)
    await waitFor(() => expect(card('months')).toBeTruthy(), { timeout: 8000 })
    const user = userEvent.setup()
    await user.click(screen.getByText(txt.period.kinds.quarter))
    await waitFor(() => expect(core.callsOf('statistics.breakdowns')).toHaveLength(2))
    const asked = core.callsOf('statistics.breakdowns')[1]!.period
    expect(asked.to.slice(5)).toMatch(/^(03-31|06-30|09-30|12-31)$/)
    await user.click(within(card('months')).getByText(txt.view.table))
    const rows = within(card('months')).getAllByRole('row')
    // January: 5 this year against 2 the year before.
    expect(rows.some((r) => /1月5\D*2\+3/.test(r.textContent ?? ''))).toBe(true)
  })
})
