import { Form, Input, InputNumber, Select, Typography } from 'antd'
import { TRAINING_LEVELS } from '../../../../../../shared/contract/activities'
import { t } from '../../../../../../shared/i18n'
import { activityLabel as label, Cell, numberBox, Section } from '../formLayout'

const ui = t.activitiesUi.form

/** What only a 培训 carries: days, the host's level, the school. */
export function TrainingSection() {
  return (
    <Section id="training" title={ui.sections.training}>
      <Cell span={24}>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {ui.trainingHint}
        </Typography.Paragraph>
      </Cell>
      <Cell>
        <Form.Item name="trainingDays" label={label.trainingDays}>
          <InputNumber {...numberBox} max={1000} step={0.5} suffix={ui.days} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name="trainingLevel" label={label.trainingLevel}>
          <Select
            allowClear
            placeholder={ui.choose}
            options={TRAINING_LEVELS.map((l) => ({
              value: l,
              label: t.activities.trainingLevels[l],
            }))}
          />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name="trainingSchool" label={label.trainingSchool}>
          <Input maxLength={100} />
        </Form.Item>
      </Cell>
    </Section>
  )
}
