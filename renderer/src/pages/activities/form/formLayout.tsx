import type { ReactNode } from 'react'
import { t } from '../../../../../shared/i18n'
import { FormCard, GridCell } from '../../../forms/FormGrid'

/** The activity form's field labels: the domain's names, and the form's own. */
export const activityLabel: Record<string, string> = {
  ...t.activities.fieldLabels,
  ...t.activitiesUi.labels,
}

/** Number inputs fill their cell and never go below zero. */
export const numberBox = { style: { width: '100%' }, min: 0 } as const

/** One titled card of the activity form, its fields on a grid. */
export function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <FormCard anchor={`activity-form-${id}`} title={title}>
      {children}
    </FormCard>
  )
}

/** A field's place on the grid: three to a row on a wide screen, two on a laptop. */
export const Cell = GridCell
