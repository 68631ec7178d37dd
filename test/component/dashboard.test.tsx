import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Dashboard, IndicatorReport } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { INDICATOR_BY_ID } from '../../shared/statistics/indicators'
import { App } from '../../renderer/src/app/App'
import { personsCore } from './personsFixtures'

const txt = t.dashboardUi

function report(values: Record<string, number>, unavailable: IndicatorReport['unavailable'] = []) {
  return {
    period: { from: '2026-01-01', to: '2026-12-31' },
    values,
    unavailable,
    rulesVersion: 1,
    computedAt: '2026-12-06T01:00:00.000Z',
  }
}

const dashboard: Dashboard = {
  today: '2026-12-06',
  year: 2026,
  thisYear: report(
    {
      'persons.total': 1234,
      'persons.added': 56,
      'persons.exits': 7,
      'persons.netChange': 49,
      'persons.team.1': 88,
      'activities.count': 42,
      'activities.attendance': 960,
      'trainings.count': 5,
      'trainings.attendance': 210,
      'service.count': 9,
      'suggestions.submitted': 0,
      'suggestions.adopted': 0,
    },
    ['suggestions'],
  ),
  lastYear: report({ 'activities.count': 30, 'persons.added': 40 }),
  upcoming: [
    {
      id: 'a-1',
      title: '新联会年会',
      type: '03',
      startDate: '2026-12-20',
      startTime: '09:00',
      place: '县会堂',
    },
  ],
  recentImports: [
    {
      id: 'b-1',
      kind: 'persons',
      at: '2026-11-02T03:00:00.000Z',
      fileName: '城关镇名册.xlsx',
      created: 120,
      updated: 4,
      status: 'applied',
    },
  ],
  quality: { noCategory: 17, badIdNumber: 0, stale: 3 },
}

function dashboardCore() {
  return personsCore([], {
    hash: '#/dashboard',
    more: { 'statistics.dashboard': () => dashboard },
  })
}

describe('工作台', () => {
  it('shows this year’s figures with last year’s, and nothing claiming modules are unbuilt', async () => {
    dashboardCore()
    render(<App />)
    const total = await screen.findByRole('button', { name: txt.figures.total }, { timeout: 8000 })
    expect(within(total).getByText('1,234')).toBeTruthy()
    expect(within(total).getByText(txt.netChange(49))).toBeTruthy()
    const activities = screen.getByRole('button', { name: txt.figures.activities })
    expect(within(activities).getByText('42')).toBeTruthy()
    expect(within(activities).getByText(txt.vsLastYear(30))).toBeTruthy()
    expect(screen.getByText(txt.notInUse)).toBeTruthy()
    expect(screen.getByText('新联会年会')).toBeTruthy()
    expect(screen.getByText('城关镇名册.xlsx')).toBeTruthy()
    expect(document.body.textContent).not.toContain('正在建设')
    // A quality check with nothing found is not listed.
    expect(screen.queryByText(txt.quality.badIdNumber)).toBeNull()
    // The definition is on the card, for the tooltip.
    expect(INDICATOR_BY_ID.get('persons.total')!.definition).toContain('在库')
  })

  it('opens the person list filtered as the figure counts: 在册 by status, a quality finding by its check', async () => {
    const core = dashboardCore()
    const user = userEvent.setup()
    render(<App />)
    await user.click(
      await screen.findByRole('button', { name: txt.figures.total }, { timeout: 8000 }),
    )
    await waitFor(() => expect(window.location.hash).toBe('#/persons'), { timeout: 5000 })
    await waitFor(() =>
      expect(core.callsOf('persons.list').at(-1)).toMatchObject({ statuses: ['1'] }),
    )

    window.location.hash = '#/dashboard'
    await user.click(
      await screen.findByRole('button', { name: txt.quality.noCategory }, { timeout: 8000 }),
    )
    await waitFor(() =>
      expect(core.callsOf('persons.list').at(-1)).toMatchObject({ quality: 'noCategory' }),
    )
    expect(core.callsOf('persons.list').at(-1)).not.toHaveProperty('statuses')
    // The list says which finding it shows, and it can be taken off.
    expect(await screen.findByText(txt.quality.noCategory)).toBeTruthy()
  })

  it('offers 重试 when the figures cannot be read', async () => {
    personsCore([], { hash: '#/dashboard' })
    render(<App />)
    expect(await screen.findByText(txt.loadFailed, {}, { timeout: 8000 })).toBeTruthy()
    expect(screen.getByRole('button', { name: t.common.retry })).toBeTruthy()
  })
})
