import { Input } from 'antd'
import { ETHNICITY } from '../../../../../../shared/codes/ethnicity'
import { SEX } from '../../../../../../shared/codes/sex'
import { t } from '../../../../../../shared/i18n'
import { politicalOptions } from '../../common/codeOptions'
import { requiredRule } from '../fieldRules'
import { Field, FormSection } from '../FormSection'
import { IdNumberField } from '../IdNumberField'
import { CodeSelect, DateInput } from '../inputs'
import { Cell } from '../FormSection'

const label = t.persons.fieldLabels
const sec = t.personsUi.sections

/** 基本信息: the ID number comes early, since it answers birth date and sex. */
export function BasicSection({ keepId }: { keepId: string | undefined }) {
  return (
    <FormSection id="basic" title={sec.basic}>
      <Field name="name" rules={[requiredRule(label.name)]}>
        <Input maxLength={50} autoFocus autoComplete="off" />
      </Field>
      <Field name="formerNames">
        <Input maxLength={100} autoComplete="off" />
      </Field>
      <Cell>
        <IdNumberField keep={keepId} />
      </Cell>
      <Field name="sex">
        <CodeSelect list={SEX} />
      </Field>
      <Field name="birthDate">
        <DateInput />
      </Field>
      <Field name="ethnicity">
        <CodeSelect list={ETHNICITY} />
      </Field>
      <Field name="nativePlace">
        <Input maxLength={50} />
      </Field>
      <Field name="birthPlace">
        <Input maxLength={50} />
      </Field>
    </FormSection>
  )
}

/** 政治面貌: two affiliations, each with the date of joining (第一党派, 第二党派). */
export function PoliticalSection() {
  return (
    <FormSection id="political" title={sec.political}>
      <Field name="politicalStatus" span={6}>
        <CodeSelect options={politicalOptions} />
      </Field>
      <Field name="politicalJoinedOn" span={6}>
        <DateInput />
      </Field>
      <Field name="politicalStatus2" span={6}>
        <CodeSelect options={politicalOptions} />
      </Field>
      <Field name="politicalJoinedOn2" span={6}>
        <DateInput />
      </Field>
    </FormSection>
  )
}
