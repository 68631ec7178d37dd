import { Input, Select } from 'antd'
import { SearchOutlined } from '@ant-design/icons'

/** A clearable choice in a filter bar: empty means "all", as its placeholder says. */
export function ChoiceFilter<V extends string>(props: {
  label: string
  placeholder: string
  value: V | undefined
  options: readonly { value: V; label: string }[]
  onChange: (value: V | undefined) => void
  width: number
}) {
  return (
    <Select<V>
      aria-label={props.label}
      allowClear
      placeholder={props.placeholder}
      value={props.value}
      options={props.options.map((o) => ({ ...o }))}
      onChange={(v?: V) => props.onChange(v)}
      style={{ width: props.width }}
      popupMatchSelectWidth={false}
    />
  )
}

/** A free-text box in a filter bar; `search` adds the magnifier of the main search. */
export function TextFilter(props: {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  width: number
  search?: boolean
}) {
  return (
    <Input
      allowClear
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      prefix={props.search ? <SearchOutlined style={{ color: '#8a94a6' }} /> : undefined}
      placeholder={props.placeholder}
      aria-label={props.label}
      maxLength={100}
      style={{ width: props.width }}
    />
  )
}
