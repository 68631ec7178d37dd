import { Form, Select } from 'antd'
import { t } from '../../../../../../shared/i18n'
import { activityLabel as label, Cell, Section } from '../formLayout'

const ui = t.activitiesUi.form
/** Offices list several units in one cell, separated as Chinese text separates them. */
const UNIT_SEPARATORS = ['、', '，', ',', '；', ';']
const UNIT_FIELDS = ['guideUnits', 'hostUnits', 'organizerUnits', 'coUnits'] as const

/** 指导 / 主办 / 承办 / 协办 units, each a list typed or pasted as text. */
export function UnitsSection() {
  return (
    <Section id="units" title={ui.sections.units}>
      {UNIT_FIELDS.map((name) => (
        <Cell key={name} span={12}>
          <Form.Item name={name} label={label[name]}>
            <Select
              mode="tags"
              tokenSeparators={UNIT_SEPARATORS}
              placeholder={ui.unitsPlaceholder}
              open={false}
              suffixIcon={null}
              aria-label={label[name]}
            />
          </Form.Item>
        </Cell>
      ))}
    </Section>
  )
}
