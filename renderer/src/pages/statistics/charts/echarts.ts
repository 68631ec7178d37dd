import { BarChart, FunnelChart, LineChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from 'echarts/charts'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import langZH from 'echarts/lib/i18n/langZH.js'

/**
 * Only what the 统计 charts draw is registered, so the bundle carries no more of ECharts
 * than that. Charts show with the SVG renderer (crisp at any zoom, and it draws in jsdom for
 * the component tests); the canvas renderer is there to make PNG files, the title only for saved images.
 */
echarts.use([
  BarChart,
  LineChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
  CanvasRenderer,
])
echarts.registerLocale('ZH', langZH)

export const CHART_LOCALE = 'ZH'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>

export { echarts }
