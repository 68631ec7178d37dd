import { Select } from 'antd'
import { t } from '../../../../shared/i18n'
import type { UnitOption } from '../../lists/useUnitScope'

const txt = t.statisticsUi.scope

/**
 * 统计范围 at a city or province: everything held here (本单位及下级, nothing picked), this
 * unit alone, or one unit below — the units the persons lists narrow to.
 */
export function UnitScopePicker(props: {
  options: UnitOption[]
  value: string | null
  onChange(unit: string | null): void
}) {
  return (
    <Select
      aria-label={txt.label}
      data-testid="statistics-unit"
      prefix={txt.label}
      style={{ minWidth: 340 }}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={txt.all}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange(v ?? null)}
      options={props.options}
    />
  )
}
