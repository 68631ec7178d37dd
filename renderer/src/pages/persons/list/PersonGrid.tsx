import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { PersonListRow, PersonSort } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import type { Dictionaries } from '../common/dictionaryStore'
import { columnTitle, type GridColumn } from './gridColumns'
import '../common/persons.css'
import './personGrid.css'

export const ROW_HEIGHT = 40
const HEAD_HEIGHT = 38

interface Props {
  columns: GridColumn[]
  total: number
  rowAt(index: number): PersonListRow | undefined
  /** Rows first…last are (about to be) on screen. */
  onRange(first: number, last: number): void
  active: number
  onActive(index: number): void
  onOpen(row: PersonListRow): void
  sort: PersonSort
  desc: boolean
  onSort(sort: Exclude<PersonSort, 'relevance'>): void
  dict: Dictionaries
  initialScrollTop: number
  onScrollTop(top: number): void
  gridRef: Ref<HTMLDivElement>
  /** Keys the grid does not use itself go up (typing a letter jumps back to the search box). */
  onOtherKey?(e: KeyboardEvent<HTMLDivElement>): void
}

const cellStyle = (c: GridColumn) => ({
  width: c.width,
  flexGrow: c.grow ? 1 : 0,
  textAlign: c.align,
})

/**
 * Only the rows in view exist in the DOM: 100,000 persons scroll like 100. The grid takes
 * the keyboard focus as a whole; ↑ ↓ PgUp PgDn Home End move the highlighted row and Enter
 * opens it.
 */
export function PersonGrid(props: Props) {
  const { columns, total, rowAt, onRange, active, onActive, onOpen, dict } = props
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const minWidth = columns.reduce((sum, c) => sum + c.width, 0)

  // The grid is not compiled by the React Compiler; the virtualizer re-renders it itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEAD_HEIGHT,
    // The sticky header covers the top of the viewport: a row scrolled to stays below it.
    scrollPaddingStart: HEAD_HEIGHT,
    initialOffset: props.initialScrollTop,
    // Before (or without) a layout pass, assume a typical window: tests and the first paint.
    initialRect: { width: 1200, height: 600 },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    onRange(first, last)
  }, [first, last, onRange])

  const { onScrollTop } = props
  useEffect(() => {
    const el = scrollRef.current
    return () => {
      if (el) onScrollTop(el.scrollTop)
    }
  }, [onScrollTop])

  function move(to: number) {
    if (total === 0) return
    const index = Math.max(0, Math.min(total - 1, to))
    onActive(index)
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const row = rowAt(active)
        if (row) onOpen(row)
      },
    }
    const action = keys[e.key]
    if (action && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      action()
    } else {
      props.onOtherKey?.(e)
    }
  }

  const setRefs = (el: HTMLDivElement | null) => {
    scrollRef.current = el
    const r = props.gridRef
    if (typeof r === 'function') r(el)
    else if (r) r.current = el
  }

  return (
    <div
      ref={setRefs}
      className="pl-scroll"
      role="grid"
      aria-label={t.personsUi.list.rowsLabel}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={total > 0 ? `pl-row-${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="pl-inner" style={{ minWidth }}>
        <div className="pl-row pl-head" role="row" aria-rowindex={1}>
          {columns.map((c) => {
            const sorted = c.sort !== undefined && c.sort === props.sort
            return (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={sorted ? (props.desc ? 'descending' : 'ascending') : undefined}
                className={`pl-cell${c.sort ? ' pl-sortable' : ''}`}
                style={cellStyle(c)}
                onClick={c.sort ? () => props.onSort(c.sort!) : undefined}
                title={
                  c.sort
                    ? t.personsUi.list.sortBy(columnTitle(c.key), sorted ? !props.desc : false)
                    : undefined
                }
              >
                {columnTitle(c.key)}
                {sorted && <span className="pl-sort-mark">{props.desc ? '▼' : '▲'}</span>}
              </div>
            )
          })}
        </div>
        <div
          className="pl-body"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {items.map((item) => {
            const row = rowAt(item.index)
            return (
              <div
                key={item.key}
                id={`pl-row-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                className={`pl-row${item.index === active ? ' pl-active' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${item.start - HEAD_HEIGHT}px)`,
                }}
                onClick={() => {
                  onActive(item.index)
                  if (row) onOpen(row)
                }}
              >
                {columns.map((c) => {
                  const text = row ? c.text(row, dict) : ''
                  return (
                    <div
                      key={c.key}
                      role="gridcell"
                      className={`pl-cell${c.mono ? ' pl-mono' : ''}`}
                      style={cellStyle(c)}
                      title={row && text.length > 8 ? text : undefined}
                    >
                      {row ? (
                        c.render ? (
                          c.render(row, dict)
                        ) : (
                          text
                        )
                      ) : (
                        <span className="pl-skeleton" />
                      )}
                    </div>
                  )
                })}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
