import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type {
  PersonAward,
  PersonEducation,
  PersonPost,
  PersonSeat,
} from '../../../../../shared/contract'
import { DEGREE } from '../../../../../shared/codes/degree'
import { EDUCATION } from '../../../../../shared/codes/education'
import { codeName } from '../../../../../shared/codes/lookup'
import { t } from '../../../../../shared/i18n'
import { seatLevelName } from './fieldText'

const sub = t.persons.subFieldLabels
const ui = t.personsUi
const dash = (v: string | null) => v || t.common.none
const term = (start: string | null, end: string | null) => ui.detail.termRange(start, end)

const seatColumns: ColumnsType<PersonSeat> = [
  {
    title: ui.form.seatBody,
    dataIndex: 'body',
    width: 100,
    render: (b: 'npc' | 'cppcc') => t.persons.seatBodies[b],
  },
  { title: sub.level, dataIndex: 'level', width: 90, render: seatLevelName },
  { title: sub.session, dataIndex: 'session', width: 110, render: dash },
  { title: sub.post, dataIndex: 'post', render: dash },
  { title: sub.sector, dataIndex: 'sector', render: dash },
  {
    title: ui.detail.termTitle,
    key: 'term',
    width: 200,
    render: (_, s) => term(s.termStart, s.termEnd),
  },
]

const postColumns: ColumnsType<PersonPost> = [
  { title: sub.org, dataIndex: 'org' },
  { title: sub.post, dataIndex: 'post', render: dash },
  { title: ui.detail.periodTitle, key: 'term', width: 200, render: (_, p) => term(p.start, p.end) },
]

const educationColumns: ColumnsType<PersonEducation> = [
  { title: sub.school, dataIndex: 'school' },
  { title: sub.major, dataIndex: 'major', render: dash },
  {
    title: sub.education,
    dataIndex: 'education',
    width: 140,
    render: (c: string | null) => codeName(EDUCATION, c) ?? t.common.none,
  },
  {
    title: sub.degree,
    dataIndex: 'degree',
    width: 80,
    render: (c: string | null) => codeName(DEGREE, c) ?? t.common.none,
  },
  { title: ui.detail.periodTitle, key: 'term', width: 200, render: (_, e) => term(e.start, e.end) },
]

const awardColumns: ColumnsType<PersonAward> = [
  { title: sub.name, dataIndex: 'name' },
  { title: sub.level, dataIndex: 'level', width: 100, render: dash },
  { title: sub.date, dataIndex: 'date', width: 120, render: dash },
  { title: sub.issuer, dataIndex: 'issuer', render: dash },
]

function SubTable<T extends object>({
  rows,
  columns,
  empty,
}: {
  rows: T[]
  columns: ColumnsType<T>
  empty: string
}) {
  // An empty list is one quiet line, not a table of headers over nothing.
  if (!rows.length) return <Typography.Text type="secondary">{empty}</Typography.Text>
  return (
    <Table<T>
      size="small"
      columns={columns}
      dataSource={rows.map((r, i) => ({ ...r, key: i }))}
      pagination={false}
    />
  )
}

export const SeatsTable = ({ rows }: { rows: PersonSeat[] }) => (
  <SubTable rows={rows} columns={seatColumns} empty={ui.detail.noSeats} />
)
export const PostsTable = ({ rows }: { rows: PersonPost[] }) => (
  <SubTable rows={rows} columns={postColumns} empty={ui.form.emptyList(ui.form.postItem)} />
)
export const EducationsTable = ({ rows }: { rows: PersonEducation[] }) => (
  <SubTable
    rows={rows}
    columns={educationColumns}
    empty={ui.form.emptyList(ui.form.educationItem)}
  />
)
export const AwardsTable = ({ rows }: { rows: PersonAward[] }) => (
  <SubTable rows={rows} columns={awardColumns} empty={ui.form.emptyList(ui.form.awardItem)} />
)
