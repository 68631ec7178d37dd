import type { ReactNode } from 'react'
import { Space, Tag, Typography } from 'antd'
import type { PersonDetail, PersonScalars, RevealedContact } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { ageOn } from '../../../../../shared/persons/age'
import { formatDateTime } from '../../../format/dateTime'
import { categoryName } from '../common/codeOptions'
import type { Dictionaries } from '../common/dictionaryStore'
import { PersonActivitiesSection } from '../../activities/PersonActivitiesSection'
import { PersonSuggestionsSection } from '../../suggestions/PersonSuggestionsSection'
import { PersonMembershipsSection } from '../../organizations/PersonMembershipsSection'
import { fieldText } from './fieldText'
import { SectionCard, type FieldItem } from './SectionCard'
import { AwardsTable, EducationsTable, PostsTable, SeatsTable } from './SubRecordTables'
import '../common/persons.css'

const label = t.persons.fieldLabels
const ui = t.personsUi
const sec = ui.sections

interface Props {
  person: PersonDetail
  dict: Dictionaries
  /** Full ID number and phone, only after 显示完整号码. */
  revealed: RevealedContact | null
  today: string
}

function LongText({ text }: { text: string | null }) {
  if (!text) return <Typography.Text type="secondary">{t.common.none}</Typography.Text>
  return <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{text}</div>
}

function Sensitive({ masked, full }: { masked: string | null; full: string | null | undefined }) {
  if (full) {
    return (
      <Space size={6}>
        <span className="pl-mono" data-testid="revealed-value">
          {full}
        </span>
        <Tag color="orange">{ui.detail.revealedTag}</Tag>
      </Space>
    )
  }
  return <span className="pl-mono">{masked ?? t.common.none}</span>
}

/** Every field of the record in the sections of the paper registration form. */
export function PersonSections({ person, dict, revealed, today }: Props) {
  const f = (key: keyof PersonScalars, span?: number, children?: ReactNode): FieldItem => ({
    key,
    label: label[key],
    children: children ?? fieldText(person, key, dict),
    ...(span ? { span } : {}),
  })
  const age = ageOn(person.birthDate, today)

  return (
    <>
      <SectionCard
        id="basic"
        title={sec.basic}
        items={[
          f('name'),
          f('formerNames'),
          f('sex'),
          f('ethnicity'),
          f(
            'birthDate',
            undefined,
            person.birthDate
              ? `${person.birthDate}${age !== null ? `（${ui.detail.age(age)}）` : ''}`
              : t.common.none,
          ),
          f(
            'idNumber',
            undefined,
            <Sensitive masked={person.idNumber} full={revealed?.idNumber} />,
          ),
          f('nativePlace'),
          f('birthPlace'),
        ]}
      />
      <SectionCard
        id="political"
        title={sec.political}
        items={[
          f('politicalStatus'),
          f('politicalJoinedOn'),
          f('politicalStatus2'),
          f('politicalJoinedOn2'),
        ]}
      />
      <SectionCard
        id="education"
        title={sec.education}
        items={[f('education'), f('degree'), f('schoolMajor'), f('title'), f('titleLevel')]}
      >
        {person.educations.length > 0 && (
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{sec.educations}</Typography.Text>
            <EducationsTable rows={person.educations} />
          </div>
        )}
      </SectionCard>
      <SectionCard
        id="work"
        title={sec.work}
        items={[f('employer'), f('jobTitle'), f('employerType')]}
      />
      <SectionCard
        id="category"
        title={sec.category}
        items={[
          f('team'),
          f('talentLevel'),
          f('managementLevel'),
          f('status'),
          f('statusDate'),
          f('statusReason'),
          {
            key: 'categories',
            label: label.categories,
            span: 3,
            children: person.categories.length ? (
              <Space size={[4, 4]} wrap>
                {person.categories.map((c) => (
                  <Tag key={c.code} color="blue">
                    {categoryName(c.code)}
                    {c.detail ? ` · ${c.detail}` : ''}
                  </Tag>
                ))}
              </Space>
            ) : (
              t.common.none
            ),
          },
          {
            key: 'tags',
            label: label.tags,
            span: 3,
            children: person.tags.length ? (
              <Space size={[4, 4]} wrap>
                {person.tags.map((tag) => (
                  <Tag key={tag}>{tag}</Tag>
                ))}
              </Space>
            ) : (
              t.common.none
            ),
          },
        ]}
      />
      <SectionCard
        id="contact"
        title={sec.contact}
        items={[
          f('phone', undefined, <Sensitive masked={person.phone} full={revealed?.phone} />),
          f('email'),
          f('address'),
          f('township'),
          f('community'),
          f('grid'),
        ]}
      />
      <SectionCard id="seats" title={sec.seats}>
        <SeatsTable rows={person.seats} />
      </SectionCard>
      <SectionCard id="posts" title={sec.posts}>
        <PostsTable rows={person.posts} />
      </SectionCard>
      <SectionCard id="awards" title={sec.awards}>
        <AwardsTable rows={person.awards} />
      </SectionCard>
      <SectionCard
        id="texts"
        title={sec.texts}
        items={[
          f('performance', 3, <LongText text={person.performance} />),
          f('influence', 3, <LongText text={person.influence} />),
        ]}
      />
      <SectionCard
        id="remarks"
        title={sec.remarks}
        items={[
          f('source'),
          f('collectedOn'),
          {
            key: 'createdAt',
            label: ui.detail.createdAt,
            children: formatDateTime(person.createdAt),
          },
          {
            key: 'updatedAt',
            label: ui.detail.updatedAt,
            children: formatDateTime(person.updatedAt),
            span: 3,
          },
          f('remarks', 3, <LongText text={person.remarks} />),
        ]}
      />
      <SectionCard id="organizations" title={sec.organizations}>
        <PersonMembershipsSection personId={person.id} />
      </SectionCard>
      <SectionCard id="activities" title={sec.activities}>
        <PersonActivitiesSection personId={person.id} />
      </SectionCard>
      <SectionCard id="suggestions" title={sec.suggestions}>
        <PersonSuggestionsSection personId={person.id} />
      </SectionCard>
    </>
  )
}
