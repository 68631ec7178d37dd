import { AutoComplete, Col, Form, Input, Select } from 'antd'
import { PERSON_STATUS, ACTIVE_PERSON_STATUS } from '../../../../../../shared/codes/personStatus'
import { TALENT_LEVEL } from '../../../../../../shared/codes/talentLevel'
import { TEAMS } from '../../../../../../shared/codes/teams'
import { t } from '../../../../../../shared/i18n'
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../../../../shared/persons/fieldSpecs'
import { categoryName, categoryOptionGroups, typeToFilter } from '../../common/codeOptions'
import type { Dictionaries } from '../../common/dictionaryStore'
import { Field, FormSection } from '../FormSection'
import type { PersonFormValues } from '../formModel'
import { CodeSelect, DateInput } from '../inputs'

const label = t.persons.fieldLabels
const msg = t.persons.messages
const sec = t.personsUi.sections
const ui = t.personsUi.form

const tagsRule = {
  validator(_: unknown, tags: string[] | undefined) {
    const list = tags ?? []
    if (list.length > MAX_TAGS) return Promise.reject(new Error(msg.tooManyTags(MAX_TAGS)))
    if (list.some((x) => [...x.trim()].length > MAX_TAG_LENGTH)) {
      return Promise.reject(new Error(msg.tooLong(label.tags, MAX_TAG_LENGTH)))
    }
    return Promise.resolve()
  },
}

/** 类别与队伍: the sub-groups (several allowed) with their 细分领域, team, level, status, tags. */
export function BelongingSection({ dict }: { dict: Dictionaries }) {
  const form = Form.useFormInstance<PersonFormValues>()
  const codes = Form.useWatch('categoryCodes', form) ?? []
  const status = Form.useWatch('status', form)
  const statusDate = Form.useWatch('statusDate', form)
  const showStatusDetail = (status && status !== ACTIVE_PERSON_STATUS) || !!statusDate

  return (
    <FormSection id="category" title={sec.category}>
      <Col span={24}>
        <Form.Item name="categoryCodes" label={label.categories}>
          <Select
            mode="multiple"
            allowClear
            showSearch={typeToFilter}
            options={categoryOptionGroups}
            placeholder={ui.choose}
          />
        </Form.Item>
      </Col>
      {codes.map((code) => (
        <Col key={code} xs={24} md={12} xl={8}>
          <Form.Item
            name={['categoryDetails', code]}
            label={ui.categoryDetail(categoryName(code))}
            rules={[
              {
                max: 50,
                message: msg.tooLong(t.persons.subFieldLabels.detail!, 50),
              },
            ]}
          >
            <AutoComplete
              allowClear
              options={dict.of('category_detail', code).map((e) => ({ value: e.name }))}
              placeholder={ui.categoryDetailPlaceholder}
              showSearch={{
                filterOption: (input, option) => String(option?.value ?? '').includes(input),
              }}
            />
          </Form.Item>
        </Col>
      ))}
      <Field name="team">
        <CodeSelect list={TEAMS} />
      </Field>
      <Field name="talentLevel">
        <CodeSelect list={TALENT_LEVEL} />
      </Field>
      <Field name="managementLevel">
        <Input maxLength={30} />
      </Field>
      <Field name="status">
        <CodeSelect list={PERSON_STATUS} allowClear={false} />
      </Field>
      {showStatusDetail && (
        <>
          <Field name="statusDate">
            <DateInput />
          </Field>
          <Field name="statusReason">
            <Input maxLength={200} />
          </Field>
        </>
      )}
      <Col span={24}>
        <Form.Item name="tags" label={label.tags} rules={[tagsRule]}>
          <Select
            mode="tags"
            allowClear
            tokenSeparators={[',', '，', '、', ';', '；']}
            options={dict.of('tag').map((e) => ({ value: e.name, label: e.name }))}
            placeholder={ui.tagsPlaceholder}
          />
        </Form.Item>
      </Col>
    </FormSection>
  )
}
