import type { ChartOption } from '../charts/echarts'

/** Width of the label column: the longest 大类 name wraps onto two lines within it. */
const LABEL_WIDTH = 190

/** Height that gives each bar room for a two-line label. */
export const barsHeight = (bars: number) => Math.max(220, bars * 34 + 50)

/**
 * Bars across, first item on top, each with its value at the end: long Chinese names (类别,
 * 乡镇) read whole on the left instead of slanting under a column.
 */
export function horizontalBars(
  names: string[],
  data: { value: number; itemStyle?: { color: string } }[],
  seriesName: string,
  /** Names drawn bold (大类 above their 子类). */
  strong: ReadonlySet<number> = new Set(),
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 56, top: 12, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLabel: {
        width: LABEL_WIDTH,
        overflow: 'break',
        lineHeight: 15,
        fontSize: 12,
        formatter: (name: string, i: number) => (strong.has(i) ? `{strong|${name}}` : name),
        rich: {
          strong: { fontWeight: 'bold', color: '#1f2d3d', width: LABEL_WIDTH, align: 'right' },
        },
      },
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data,
        barMaxWidth: 22,
        label: { show: true, position: 'right', fontSize: 12 },
      },
    ],
  }
}
