import { Input, Select, type InputProps, type SelectProps } from 'antd'
import type { CodeEntry } from '../../../../../shared/codes/lookup'
import { t } from '../../../../../shared/i18n'
import { codeOptions, typeToFilter, type CodeOption } from '../common/codeOptions'
import { tidyDate } from './fieldRules'

const ui = t.personsUi.form

type ValueProps = { value?: string; onChange?(v: string | undefined): void }

/**
 * A date as text, because records know dates to the month (出生年月) or the year as often
 * as to the day. Whatever is typed is tidied on leaving the box: 1985.3 → 1985-03.
 */
export function DateInput({
  value,
  onChange,
  ...rest
}: ValueProps & Omit<InputProps, 'value' | 'onChange'>) {
  return (
    <Input
      {...rest}
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const tidy = tidyDate(value)
        if (tidy !== value) onChange?.(tidy)
        rest.onBlur?.(e)
      }}
      placeholder={rest.placeholder ?? ui.datePlaceholder}
      maxLength={20}
    />
  )
}

/** A national code list to pick from; typing filters by name, code, short name and spellings. */
export function CodeSelect({
  list,
  options,
  ...rest
}: { list?: readonly CodeEntry[]; options?: CodeOption[] } & Omit<SelectProps, 'options'>) {
  return (
    <Select
      allowClear
      showSearch={typeToFilter}
      placeholder={ui.choose}
      options={options ?? codeOptions(list ?? [])}
      popupMatchSelectWidth={false}
      {...rest}
    />
  )
}
