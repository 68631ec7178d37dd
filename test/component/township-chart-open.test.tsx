import { describe, expect, it } from 'vitest'
import { listOpeners } from '../../renderer/src/pages/dashboard/openLists'
import { usePersonListState } from '../../renderer/src/pages/persons/list/listState'
import type { OverviewData } from '../../renderer/src/pages/statistics/overview/overviewData'
import { townshipChart } from '../../renderer/src/pages/statistics/overview/townshipChart'

/** Two counties each named their own 乡镇 901; the city's own 101 is one bar for all. */
const data = {
  periodText: '2026',
  breakdowns: {
    byTownship: [
      { code: '101', count: 5 },
      { code: '901', count: 3, unitCode: '330621' },
      { code: '901', count: 2, unitCode: '330602' },
    ],
  },
} as unknown as OverviewData

describe('the township chart at a city', () => {
  it('opens a county’s own 901 as that county’s list, and a shared code for the units picked', () => {
    const opened: [string, string | undefined][] = []
    const spec = townshipChart(
      data,
      (code, unit) => `${unit ?? '本级'}:${code}`,
      (code, unit) => opened.push([code, unit]),
    )
    spec.open?.({ dataIndex: 2, seriesIndex: 0 })
    spec.open?.({ dataIndex: 0, seriesIndex: 0 })
    expect(opened).toEqual([
      ['901', '330602'],
      ['101', undefined],
    ])

    // Through the list openers: the county's code wins over the picker's scope.
    const open = listOpeners('u1', ['330600'])
    open.township('901', '330602')
    expect(usePersonListState.getState().filters).toMatchObject({
      townships: ['901'],
      units: ['330602'],
    })
    open.township('101', undefined)
    expect(usePersonListState.getState().filters).toMatchObject({
      townships: ['101'],
      units: ['330600'],
    })
  })
})
