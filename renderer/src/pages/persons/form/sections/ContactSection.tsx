import { Form, Input, Select } from 'antd'
import { t } from '../../../../../../shared/i18n'
import { normalizePhone } from '../../../../../../shared/phone/normalizePhone'
import type { Dictionaries } from '../../common/dictionaryStore'
import { emailRule, phoneRule } from '../fieldRules'
import { Field, FormSection } from '../FormSection'
import type { PersonFormValues } from '../formModel'

const sec = t.personsUi.sections
const ui = t.personsUi.form

/** 联系方式 and where the person lives and works: township and community from the dictionary. */
export function ContactSection({
  dict,
  keepPhone,
}: {
  dict: Dictionaries
  keepPhone: string | undefined
}) {
  const form = Form.useFormInstance<PersonFormValues>()
  const township = Form.useWatch('township', form)
  const townships = dict.of('township')
  const communities = township ? dict.of('community', township) : []
  const toOption = (e: { code: string; name: string }) => ({
    value: e.code,
    label: e.name,
    search: `${e.code} ${e.name}`,
  })

  return (
    <FormSection id="contact" title={sec.contact}>
      <Field name="phone" rules={[phoneRule(keepPhone)]}>
        <Input
          className="pl-mono"
          maxLength={30}
          placeholder={ui.phonePlaceholder}
          autoComplete="off"
          onFocus={(e) => {
            if (keepPhone && e.target.value === keepPhone) e.target.select()
          }}
          onBlur={(e) => {
            const v = e.target.value
            if (v && v !== keepPhone && normalizePhone(v) !== v)
              form.setFieldValue('phone', normalizePhone(v))
          }}
        />
      </Field>
      <Field name="email" rules={[emailRule()]}>
        <Input maxLength={100} autoComplete="off" />
      </Field>
      <Field name="grid">
        <Input maxLength={50} />
      </Field>
      <Field name="township">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          options={townships.map(toOption)}
          placeholder={ui.choose}
          notFoundContent={townships.length ? undefined : ui.noTownships}
          onChange={(code?: string) => {
            const community = form.getFieldValue('community') as string | undefined
            if (!community) return
            const parent = dict.all.find(
              (e) => e.kind === 'community' && e.code === community,
            )?.parentCode
            if (parent !== code) form.setFieldValue('community', undefined)
          }}
        />
      </Field>
      <Field name="community">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          options={communities.map(toOption)}
          placeholder={township ? ui.choose : ui.chooseTownshipFirst}
          disabled={!township}
        />
      </Field>
      <Field name="address" span={8}>
        <Input maxLength={200} />
      </Field>
    </FormSection>
  )
}
