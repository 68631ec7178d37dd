import { Form, InputNumber, Select } from 'antd'
import { t } from '../../../../../../shared/i18n'
import { activityLabel as label, Cell, numberBox, Section } from '../formLayout'

const ui = t.activitiesUi.form
const MONEY_FIELDS = ['donationYuan', 'goodsYuan', 'costYuan'] as const

/** What an activity achieved: people helped, hours, views, money and goods in 元, news links. */
export function OutcomeSection() {
  return (
    <Section id="outcome" title={ui.sections.outcome}>
      <Cell>
        <Form.Item name="beneficiaries" label={label.beneficiaries}>
          <InputNumber {...numberBox} precision={0} max={100_000_000} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name="volunteerHours" label={label.volunteerHours}>
          <InputNumber {...numberBox} max={100_000_000} suffix={ui.hours} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name="onlineViews" label={label.onlineViews}>
          <InputNumber {...numberBox} precision={0} max={100_000_000} />
        </Form.Item>
      </Cell>
      {MONEY_FIELDS.map((name) => (
        <Cell key={name}>
          <Form.Item name={name} label={label[name]} extra={ui.moneyHelp}>
            <InputNumber
              {...numberBox}
              max={1e11}
              precision={2}
              prefix="¥"
              suffix={ui.yuan}
              aria-label={label[name]}
            />
          </Form.Item>
        </Cell>
      ))}
      <Cell span={24}>
        <Form.Item name="newsLinks" label={label.newsLinks}>
          <Select
            mode="tags"
            tokenSeparators={[' ', '\n']}
            placeholder={ui.newsLinksPlaceholder}
            open={false}
            suffixIcon={null}
            aria-label={label.newsLinks}
          />
        </Form.Item>
      </Cell>
    </Section>
  )
}
