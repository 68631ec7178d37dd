import { downloadUrl } from '../../imports/saveFile'
import { CHART_LOCALE, echarts, type ChartOption } from './echarts'

export type ImageKind = 'png' | 'svg'

const WIDTH = 1200

/**
 * Draws the chart once more off screen, with its title and period on top and a white
 * background, and saves it: PNG through the canvas renderer at twice the size (sharp when
 * pasted into a report), SVG through the SVG renderer.
 */
export function saveChart(
  option: ChartOption,
  opts: { kind: ImageKind; title: string; subtitle: string; height: number; fileName: string },
): void {
  const node = document.createElement('div')
  const height = opts.height + 70
  const c = echarts.init(node, null, {
    renderer: opts.kind === 'png' ? 'canvas' : 'svg',
    locale: CHART_LOCALE,
    width: WIDTH,
    height,
  })
  try {
    c.setOption({
      ...option,
      animation: false,
      backgroundColor: '#fff',
      title: { text: opts.title, subtext: opts.subtitle, left: 'center', top: 8 },
      // Room for the title, and for the legend under it when the chart has one.
      grid: { ...(option.grid as object), top: option.legend ? 96 : 76 },
      ...(option.legend ? { legend: { ...(option.legend as object), top: 58 } } : {}),
    })
    downloadUrl(
      opts.fileName,
      c.getDataURL({ type: opts.kind, pixelRatio: 2, backgroundColor: '#fff' }),
    )
  } finally {
    c.dispose()
  }
}
