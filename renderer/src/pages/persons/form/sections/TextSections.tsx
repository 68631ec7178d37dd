import { Input } from 'antd'
import { t } from '../../../../../../shared/i18n'
import { Field, FormSection } from '../FormSection'
import { DateInput } from '../inputs'

const sec = t.personsUi.sections
const ui = t.personsUi.form

/** The two long texts of the registration form (主要表现 ≈200 字, 社会影响 ≈300 字). */
export function TextsSection() {
  return (
    <FormSection id="texts" title={sec.texts}>
      <Field name="performance" wide extra={ui.performanceHelp}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Field>
      <Field name="influence" wide extra={ui.influenceHelp}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Field>
    </FormSection>
  )
}

export function RemarksSection() {
  return (
    <FormSection id="remarks" title={sec.remarks}>
      <Field name="source">
        <Input maxLength={100} />
      </Field>
      <Field name="collectedOn">
        <DateInput />
      </Field>
      <Field name="remarks" wide>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} showCount />
      </Field>
    </FormSection>
  )
}
