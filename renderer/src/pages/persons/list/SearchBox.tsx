import { useEffect, useRef, useState, type Ref } from 'react'
import { Input, type InputRef } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'

const txt = t.personsUi.list

/** How long typing must pause before the list asks the core (a search per keystroke is waste). */
export const SEARCH_DEBOUNCE_MS = 150

/**
 * The search box of the list. It answers to every character (one is enough: 张), and hands
 * ↓ and Enter over to the list so the keyboard can go on from there.
 */
export function SearchBox({
  value,
  onSearch,
  onLeave,
  inputRef,
}: {
  value: string
  onSearch(query: string): void
  onLeave(): void
  inputRef: Ref<InputRef>
}) {
  const [text, setText] = useState(value)
  const latest = useRef(onSearch)
  useEffect(() => {
    latest.current = onSearch
  }, [onSearch])

  useEffect(() => {
    if (text === value) return
    const timer = window.setTimeout(() => latest.current(text), SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [text, value])

  return (
    <Input
      ref={inputRef}
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      // Leaving the box for a button (打印花名册, 导出) must act on what is typed, not on
      // what the list showed before the pause.
      onBlur={() => {
        if (text !== value) latest.current(text)
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'Enter') {
          e.preventDefault()
          // Whatever is typed counts now, not after the pause.
          if (text !== value) latest.current(text)
          onLeave()
        } else if (e.key === 'Escape' && text) {
          setText('')
        }
      }}
      prefix={<SearchOutlined style={{ color: '#8a94a6' }} />}
      placeholder={txt.searchPlaceholder}
      aria-label={txt.searchLabel}
      title={txt.searchHint}
      maxLength={100}
      style={{ width: 400 }}
    />
  )
}
