import { useState } from 'react'
import {
  App,
  Button,
  Card,
  Checkbox,
  Dropdown,
  Empty,
  Select,
  Space,
  Table,
  Typography,
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import {
  DownOutlined,
  OrderedListOutlined,
  PrinterOutlined,
  UserAddOutlined,
  UserDeleteOutlined,
} from '@ant-design/icons'
import { codeName } from '../../../../../shared/codes/lookup'
import { SEX } from '../../../../../shared/codes/sex'
import {
  ATTENDANCE_STATUSES,
  PARTICIPANT_ROLES,
  type AttendanceResult,
  type AttendanceStatus,
  type Participant,
  type ParticipantRole,
} from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { rosterPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { AddParticipantsModal } from './AddParticipantsModal'
import type { ParticipantsState } from './useParticipants'

const txt = t.activitiesUi.participants
const cols = txt.columns
const roleNames = t.activities.roles
const attendanceNames = t.activities.attendance
const roleOptions = PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleNames[r] }))
const attendanceOptions = ATTENDANCE_STATUSES.map((s) => ({ value: s, label: attendanceNames[s] }))
const ATTENDANCE_COLOR: Record<AttendanceStatus, string> = {
  registered: '#8a94a6',
  present: '#237804',
  absent: '#a8071a',
  leave: '#ad6800',
}

/**
 * Who is on the list, with role and attendance per person and for many at once. Viewers and
 * other units' activities see the list without the controls that change it.
 */
export function ParticipantsCard({
  activityId,
  state,
  writable,
  attendable,
}: {
  activityId: string
  state: ParticipantsState
  /** An operator, on an activity of this unit. */
  writable: boolean
  /** Not cancelled: attendance can be recorded. */
  attendable: boolean
}) {
  const { message, modal } = App.useApp()
  const [selected, setSelected] = useState<string[]>([])
  const [adding, setAdding] = useState(false)
  const items = state.list?.items ?? []

  async function run<R extends AttendanceResult>(
    task: () => Promise<R>,
    done: (r: R) => string,
    patch?: { ids: string[]; change: Partial<Participant> },
  ) {
    try {
      const r = await task()
      if (patch) state.patch(patch.ids, patch.change, r.summary)
      else await state.reload()
      message.success(done(r))
      return true
    } catch (e) {
      message.error(errorText(e))
      return false
    }
  }

  const setAttendance = (ids: string[], attendance: AttendanceStatus) =>
    run(
      () => call('participants.setAttendance', { activityId, ids, attendance }),
      (r) => txt.attendanceSet(r.changed, attendanceNames[attendance]!),
      { ids, change: { attendance } },
    )

  const setRole = (ids: string[], role: ParticipantRole) =>
    run(
      () => call('participants.setRole', { activityId, ids, role }),
      (r) => txt.roleSet(r.changed, roleNames[role]!),
      { ids, change: { role } },
    )

  function markAll(attendance: AttendanceStatus) {
    let onlyRegistered = false
    modal.confirm({
      title: txt.confirmMarkAll(attendanceNames[attendance]!, items.length),
      content: (
        <div style={{ display: 'grid', gap: 8 }}>
          <span>{txt.confirmMarkAllDetail}</span>
          <Checkbox onChange={(e) => (onlyRegistered = e.target.checked)}>
            {txt.markAllOnlyRegistered}
          </Checkbox>
        </div>
      ),
      onOk: () =>
        run(
          () => call('participants.setAllAttendance', { activityId, attendance, onlyRegistered }),
          (r) => txt.marked(r.changed, attendanceNames[attendance]!),
        ),
    })
  }

  function removeSelected() {
    const ids = selected
    modal.confirm({
      title: txt.confirmRemove(ids.length),
      content: txt.confirmRemoveDetail,
      okText: txt.remove,
      okButtonProps: { danger: true },
      async onOk() {
        if (
          await run(
            () => call('participants.remove', { activityId, ids }),
            (r) => txt.removed(r.changed),
          )
        )
          setSelected([])
      },
    })
  }

  function renumber() {
    modal.confirm({
      title: txt.confirmRenumber,
      content: txt.confirmRenumberDetail,
      onOk: () =>
        run(
          () => call('participants.renumber', { activityId }),
          () => txt.renumbered,
        ),
    })
  }

  const columns: ColumnsType<Participant> = [
    { title: cols.seq, dataIndex: 'seq', width: 64, align: 'right' },
    {
      title: cols.name,
      dataIndex: 'name',
      width: 96,
      render: (name: string, p) => (
        <Typography.Link href={`#/persons/${encodeURIComponent(p.personId)}`}>
          {name}
        </Typography.Link>
      ),
    },
    {
      title: cols.sex,
      dataIndex: 'sex',
      width: 52,
      render: (v: string | null) => codeName(SEX, v) ?? t.common.none,
    },
    {
      title: cols.employer,
      dataIndex: 'employer',
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.jobTitle,
      dataIndex: 'jobTitle',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.phone,
      dataIndex: 'phone',
      width: 116,
      render: (v: string | null) => <span className="pl-mono">{v ?? t.common.none}</span>,
    },
    {
      title: cols.role,
      dataIndex: 'role',
      width: 118,
      render: (role: ParticipantRole, p) =>
        writable ? (
          <Select
            size="small"
            aria-label={txt.rowRole(p.name)}
            value={role}
            options={roleOptions}
            onChange={(v) => void setRole([p.id], v)}
            style={{ width: 100 }}
          />
        ) : (
          roleNames[role]
        ),
    },
    {
      title: cols.attendance,
      dataIndex: 'attendance',
      width: 118,
      render: (a: AttendanceStatus, p) =>
        writable && attendable ? (
          <Select
            size="small"
            aria-label={txt.rowAttendance(p.name)}
            value={a}
            options={attendanceOptions}
            onChange={(v) => void setAttendance([p.id], v)}
            style={{ width: 100, color: a === 'registered' ? undefined : ATTENDANCE_COLOR[a] }}
          />
        ) : (
          <span style={{ color: ATTENDANCE_COLOR[a] }}>{attendanceNames[a]}</span>
        ),
    },
  ]

  const canMark = writable && attendable && items.length > 0
  const toolbar = (
    <Space wrap>
      {writable && (
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
          {txt.add}
        </Button>
      )}
      {canMark && (
        <Dropdown
          menu={{
            items: attendanceOptions.map((o) => ({ key: o.value, label: o.label })),
            onClick: ({ key }) => markAll(key as AttendanceStatus),
          }}
        >
          <Button>
            {txt.markAll} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      {writable && items.length > 0 && (
        <Button icon={<OrderedListOutlined />} onClick={renumber}>
          {txt.renumber}
        </Button>
      )}
      {items.length > 0 && (
        <Button
          icon={<PrinterOutlined />}
          onClick={() => navigate(rosterPrintPath({ kind: 'activity', activityId }))}
        >
          {t.activitiesUi.detail.printRoster}
        </Button>
      )}
    </Space>
  )

  const bulk = writable && selected.length > 0 && (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
        padding: '6px 10px',
        marginBottom: 8,
        background: '#eef3fa',
        borderRadius: 4,
      }}
    >
      <Typography.Text strong>{txt.selected(selected.length)}</Typography.Text>
      {attendable && (
        <Select<AttendanceStatus>
          size="small"
          placeholder={txt.setAttendance}
          aria-label={txt.setAttendance}
          value={null}
          options={attendanceOptions}
          onChange={(v) => void setAttendance(selected, v)}
          style={{ width: 140 }}
        />
      )}
      <Select<ParticipantRole>
        size="small"
        placeholder={txt.setRole}
        aria-label={txt.setRole}
        value={null}
        options={roleOptions}
        onChange={(v) => void setRole(selected, v)}
        style={{ width: 130 }}
      />
      <Button size="small" danger icon={<UserDeleteOutlined />} onClick={removeSelected}>
        {txt.remove}
      </Button>
    </div>
  )

  return (
    <Card
      size="small"
      title={
        <Space size={12}>
          {txt.title}
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {txt.count(items.length)}
          </Typography.Text>
        </Space>
      }
      extra={toolbar}
      style={{ marginBottom: 12 }}
    >
      {bulk}
      <Table<Participant>
        rowKey="id"
        size="small"
        aria-label={txt.title}
        loading={state.loading}
        columns={columns}
        dataSource={items}
        rowSelection={
          writable
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
            : undefined
        }
        pagination={{
          defaultPageSize: 50,
          pageSizeOptions: [50, 100, 200, 500],
          showSizeChanger: true,
          hideOnSinglePage: items.length <= 50,
          showTotal: (n) => txt.count(n),
        }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  <div>{txt.empty}</div>
                  {writable && <Typography.Text type="secondary">{txt.emptyHint}</Typography.Text>}
                </>
              }
            />
          ),
        }}
      />
      {writable && (
        <AddParticipantsModal
          activityId={activityId}
          open={adding}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false)
            void state.reload()
          }}
        />
      )}
    </Card>
  )
}
