import { Input, Select } from 'antd'
import { DEGREE } from '../../../../../shared/codes/degree'
import { EDUCATION } from '../../../../../shared/codes/education'
import { t } from '../../../../../shared/i18n'
import { subRules } from './fieldRules'
import { CodeSelect, DateInput } from './inputs'
import { SubRecordList, type SubColumn } from './SubRecordList'

const label = t.persons.fieldLabels
const sub = t.persons.subFieldLabels
const ui = t.personsUi.form

const DATE_FLEX = '0 0 118px'

function text(
  key: string,
  flex: string,
  list: string,
  max: number,
  opts: { required?: boolean; placeholder?: string } = {},
): SubColumn {
  const title = sub[key] ?? key
  return {
    key,
    title,
    flex,
    rules: (n) => [
      ...(opts.required ? [subRules.required(list, n, title)] : []),
      subRules.max(list, n, title, max),
    ],
    input: (aria) => <Input aria-label={aria} placeholder={opts.placeholder} />,
  }
}

function date(key: string, list: string): SubColumn {
  const title = sub[key] ?? key
  return {
    key,
    title,
    flex: DATE_FLEX,
    rules: (n) => [subRules.date(list, n, title)],
    input: (aria) => <DateInput aria-label={aria} placeholder={ui.placeholders.subDate} />,
  }
}

const seatBodyOptions = (['npc', 'cppcc'] as const).map((b) => ({
  value: b,
  label: t.persons.seatBodies[b],
}))
const seatLevelOptions = Object.entries(t.persons.seatLevels).map(([value, name]) => ({
  value,
  label: name,
}))

export function SeatsEditor() {
  const list = label.seats
  return (
    <SubRecordList
      name="seats"
      listLabel={list}
      itemLabel={ui.seatItem}
      newRow={{ body: 'npc' }}
      columns={[
        {
          key: 'body',
          title: ui.seatBody,
          flex: '0 0 108px',
          input: (aria) => <Select aria-label={aria} options={seatBodyOptions} />,
        },
        {
          key: 'level',
          title: sub.level!,
          flex: '0 0 96px',
          input: (aria) => (
            <Select
              aria-label={aria}
              allowClear
              options={seatLevelOptions}
              placeholder={ui.choose}
            />
          ),
        },
        text('session', '0 0 100px', list, 20, { placeholder: ui.placeholders.session }),
        text('post', '1', list, 50, { placeholder: ui.placeholders.post }),
        text('sector', '1', list, 50, { placeholder: ui.placeholders.sector }),
        date('termStart', list),
        date('termEnd', list),
      ]}
    />
  )
}

export function PostsEditor() {
  const list = label.posts
  return (
    <SubRecordList
      name="posts"
      listLabel={list}
      itemLabel={ui.postItem}
      columns={[
        text('org', '1.4', list, 100, { required: true }),
        text('post', '1', list, 50),
        date('start', list),
        date('end', list),
      ]}
    />
  )
}

export function EducationsEditor() {
  const list = label.educations
  return (
    <SubRecordList
      name="educations"
      listLabel={list}
      itemLabel={ui.educationItem}
      columns={[
        text('school', '1.3', list, 100, { required: true }),
        text('major', '1', list, 100),
        {
          key: 'education',
          title: sub.education!,
          flex: '0 0 150px',
          input: (aria) => <CodeSelect aria-label={aria} list={EDUCATION} />,
        },
        {
          key: 'degree',
          title: sub.degree!,
          flex: '0 0 90px',
          input: (aria) => <CodeSelect aria-label={aria} list={DEGREE} />,
        },
        date('start', list),
        date('end', list),
      ]}
    />
  )
}

export function AwardsEditor() {
  const list = label.awards
  return (
    <SubRecordList
      name="awards"
      listLabel={list}
      itemLabel={ui.awardItem}
      columns={[
        text('name', '1.4', list, 100, { required: true }),
        text('level', '0 0 100px', list, 20, { placeholder: ui.placeholders.level }),
        date('date', list),
        text('issuer', '1', list, 100),
      ]}
    />
  )
}
