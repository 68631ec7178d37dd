import { AutoComplete, Col, Input } from 'antd'
import { DEGREE } from '../../../../../../shared/codes/degree'
import { EDUCATION } from '../../../../../../shared/codes/education'
import { TITLE_LEVEL } from '../../../../../../shared/codes/titleLevel'
import { t } from '../../../../../../shared/i18n'
import { Field, FormSection } from '../FormSection'
import { CodeSelect } from '../inputs'
import { EducationsEditor } from '../SubRecordEditors'

const sec = t.personsUi.sections
const ui = t.personsUi.form

export function EducationSection() {
  return (
    <FormSection id="education" title={sec.education}>
      <Field name="education">
        <CodeSelect list={EDUCATION} />
      </Field>
      <Field name="degree">
        <CodeSelect list={DEGREE} />
      </Field>
      <Field name="schoolMajor">
        <Input maxLength={100} />
      </Field>
      <Field name="title">
        <Input maxLength={50} />
      </Field>
      <Field name="titleLevel">
        <CodeSelect list={TITLE_LEVEL} />
      </Field>
      <Col span={24}>
        <div style={{ marginBottom: 6, fontWeight: 500 }}>{sec.educations}</div>
        <EducationsEditor />
      </Col>
    </FormSection>
  )
}

const employerTypes = ui.employerTypes.map((value) => ({ value }))

export function WorkSection() {
  return (
    <FormSection id="work" title={sec.work}>
      <Field name="employer" span={12}>
        <Input maxLength={100} />
      </Field>
      <Field name="jobTitle" span={6}>
        <Input maxLength={50} />
      </Field>
      <Field name="employerType" span={6}>
        <AutoComplete
          options={employerTypes}
          placeholder={ui.chooseOrType}
          showSearch={{
            filterOption: (input, option) => String(option?.value ?? '').includes(input),
          }}
        />
      </Field>
    </FormSection>
  )
}
