import { useEffect, useRef } from 'react'
import { CHART_LOCALE, echarts, type ChartOption } from './echarts'

export interface ChartClick {
  dataIndex: number
  seriesIndex: number
}

/**
 * One ECharts chart drawn with the SVG renderer, redrawn when its option changes and
 * resized with the window. A container with no width yet (jsdom, a hidden tab) draws at a
 * default width rather than not at all.
 */
export function EChart({
  option,
  height,
  onClick,
  label,
}: {
  option: ChartOption
  height: number
  onClick?: ((click: ChartClick) => void) | undefined
  label: string
}) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const clickRef = useRef(onClick)
  useEffect(() => {
    clickRef.current = onClick
  }, [onClick])

  useEffect(() => {
    const node = el.current!
    const c = echarts.init(node, null, {
      renderer: 'svg',
      locale: CHART_LOCALE,
      width: node.clientWidth || 640,
      height,
    })
    chart.current = c
    c.on('click', (p) =>
      clickRef.current?.({ dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0 }),
    )
    const resize = () => c.resize({ width: node.clientWidth || 640, height })
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      c.dispose()
      chart.current = null
    }
  }, [height])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option, height])

  return (
    <div
      ref={el}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  )
}
