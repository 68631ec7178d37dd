import { t } from '../../../shared/i18n'
import { ChoiceFilter } from './FilterControls'
import { useUnitScope } from './useUnitScope'

/**
 * The unit picker of a ledger list at a city or province: empty means this unit and every
 * unit below. A county has nothing to pick, so nothing is shown.
 */
export function UnitFilter(props: {
  value: string | undefined
  onChange: (code: string | undefined) => void
}) {
  const options = useUnitScope()
  if (options.length === 0) return null
  return (
    <ChoiceFilter
      label={t.common.unitFilter.label}
      placeholder={t.common.unitFilter.all}
      value={props.value}
      options={options}
      onChange={props.onChange}
      width={200}
    />
  )
}
