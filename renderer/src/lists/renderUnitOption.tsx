import type { ReactNode } from 'react'
import { t } from '../../../shared/i18n'

/**
 * One line of an open unit picker: a county a city relays sits under that city. The mark is
 * drawn here only, so the closed picker and its search read the plain name.
 */
export function renderUnitOption(option: { data: { label?: ReactNode; nested?: boolean } }) {
  const { label, nested } = option.data
  return nested ? (
    <>
      {t.unitsUi.scopeNestedMark}
      {label}
    </>
  ) : (
    label
  )
}
