import type { ReactNode } from 'react'
import { Tag } from 'antd'
import type { PersonListRow, PersonSort } from '../../../../../shared/contract'
import { EDUCATION } from '../../../../../shared/codes/education'
import { PERSON_STATUS, ACTIVE_PERSON_STATUS } from '../../../../../shared/codes/personStatus'
import { SEX } from '../../../../../shared/codes/sex'
import { TALENT_LEVEL } from '../../../../../shared/codes/talentLevel'
import { TEAMS } from '../../../../../shared/codes/teams'
import { TITLE_LEVEL } from '../../../../../shared/codes/titleLevel'
import { codeName } from '../../../../../shared/codes/lookup'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'
import { categoryShortName, politicalLabel } from '../common/codeOptions'
import type { Dictionaries } from '../common/dictionaryStore'

export type ColumnKey =
  | 'name'
  | 'sex'
  | 'age'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'employer'
  | 'jobTitle'
  | 'categories'
  | 'team'
  | 'talentLevel'
  | 'township'
  | 'community'
  | 'politicalStatus'
  | 'education'
  | 'titleLevel'
  | 'seats'
  | 'status'
  | 'tags'
  | 'updatedAt'
  | 'createdAt'
  | 'unit'

export interface GridColumn {
  key: ColumnKey
  width: number
  /** Takes the room left over (only one column does). */
  grow?: boolean
  align?: 'right' | 'center'
  /** Clicking the header sorts by this. */
  sort?: Exclude<PersonSort, 'relevance'>
  /** Numbers set in a fixed-width face so masked digits line up. */
  mono?: boolean
  /** Plain text for the cell's tooltip, when it may be cut off. */
  text(row: PersonListRow, dict: Dictionaries): string
  render?(row: PersonListRow, dict: Dictionaries): ReactNode
}

const none = t.common.none
const joiner = t.personsUi.list.joiner
const or = (v: string | null | undefined) => v || none
const seatNames = t.persons.seatBodies

/** Every column the list can show, in display order. */
export const GRID_COLUMNS: GridColumn[] = [
  {
    key: 'name',
    width: 116,
    sort: 'name',
    text: (r) => (r.formerNames ? `${r.name}（${r.formerNames}）` : r.name),
    render: (r) => (
      <>
        <span className="pl-name">{r.name}</span>
        {r.isDemo && (
          <Tag color="gold" className="pl-demo">
            {t.personsUi.list.demo}
          </Tag>
        )}
      </>
    ),
  },
  { key: 'sex', width: 50, text: (r) => codeName(SEX, r.sex) ?? none },
  {
    key: 'age',
    width: 54,
    align: 'right',
    sort: 'birthDate',
    text: (r) => (r.age === null ? none : String(r.age)),
  },
  { key: 'birthDate', width: 96, sort: 'birthDate', text: (r) => or(r.birthDate) },
  { key: 'idNumber', width: 160, mono: true, text: (r) => or(r.idNumber) },
  { key: 'phone', width: 108, mono: true, text: (r) => or(r.phone) },
  { key: 'employer', width: 160, grow: true, text: (r) => or(r.employer) },
  { key: 'jobTitle', width: 110, text: (r) => or(r.jobTitle) },
  {
    key: 'categories',
    width: 120,
    text: (r) => (r.categories.length ? r.categories.map(categoryShortName).join(joiner) : none),
  },
  { key: 'team', width: 84, text: (r) => codeName(TEAMS, r.team) ?? none },
  { key: 'talentLevel', width: 90, text: (r) => codeName(TALENT_LEVEL, r.talentLevel) ?? none },
  {
    key: 'township',
    width: 104,
    text: (r, d) => d.name('township', r.township, r.unitCode) ?? none,
  },
  {
    key: 'community',
    width: 104,
    text: (r, d) => d.name('community', r.community, r.unitCode) ?? none,
  },
  {
    key: 'politicalStatus',
    width: 100,
    text: (r) =>
      r.politicalStatus2
        ? [r.politicalStatus, r.politicalStatus2].map(politicalLabel).join(joiner)
        : politicalLabel(r.politicalStatus),
  },
  { key: 'education', width: 120, text: (r) => codeName(EDUCATION, r.education) ?? none },
  { key: 'titleLevel', width: 84, text: (r) => codeName(TITLE_LEVEL, r.titleLevel) ?? none },
  {
    key: 'seats',
    width: 136,
    text: (r) => (r.seats.length ? r.seats.map((s) => seatNames[s]).join(joiner) : none),
  },
  {
    key: 'status',
    width: 60,
    text: (r) => codeName(PERSON_STATUS, r.status) ?? r.status,
    render: (r) =>
      r.status === ACTIVE_PERSON_STATUS ? (
        codeName(PERSON_STATUS, r.status)
      ) : (
        <Tag>{codeName(PERSON_STATUS, r.status) ?? r.status}</Tag>
      ),
  },
  { key: 'tags', width: 150, text: (r) => (r.tags.length ? r.tags.join(joiner) : none) },
  { key: 'updatedAt', width: 150, sort: 'updatedAt', text: (r) => formatDateTime(r.updatedAt) },
  { key: 'createdAt', width: 150, sort: 'createdAt', text: (r) => formatDateTime(r.createdAt) },
  { key: 'unit', width: 150, text: (r) => or(r.unitName) },
]

/** What a new user sees: who, how to reach them, where they work and what they are. */
export const DEFAULT_COLUMNS: ColumnKey[] = [
  'name',
  'sex',
  'age',
  'idNumber',
  'phone',
  'employer',
  'jobTitle',
  'categories',
  'team',
  'politicalStatus',
  'status',
]

export const columnTitle = (key: ColumnKey): string => t.personsUi.columns[key] ?? key
