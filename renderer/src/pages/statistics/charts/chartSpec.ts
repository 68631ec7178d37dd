import type { ColumnsType } from 'antd/es/table'
import type { ChartClick } from './EChart'
import type { ChartOption } from './echarts'

export type TableRow = { key: string } & Record<string, string | number>

/** Everything a ChartCard shows of one chart; built from the engine's figures, never counted. */
export interface ChartSpec {
  key: string
  title: string
  /** The indicator definition (what is counted, which date decides), from the catalogue. */
  definition: string
  option: ChartOption
  height: number
  table: { columns: ColumnsType<TableRow>; rows: TableRow[] }
  /** The period as saved file names write it (2026, 2026Q3…). */
  periodText: string
  /** Opens the list behind a bar, where such a list exists. */
  open?: ((click: ChartClick) => void) | undefined
  note?: string | undefined
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | undefined
}
