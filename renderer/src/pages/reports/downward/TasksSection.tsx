import { useState } from 'react'
import { App, Button, Checkbox, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { ReportingTask, ReportingTasks } from '../../../../../shared/contract/downward'
import { t } from '../../../../../shared/i18n'
import { TASK_INCLUDES, type TaskInclude } from '../../../../../shared/packages/downward'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'

const txt = t.downwardUi

interface TaskForm {
  period: string
  deadline: string
  includes: TaskInclude[]
  note?: string
}

/** The tasks received from above (with where this unit stands) and those it sets below. */
export function TasksSection({
  tasks,
  canSet,
  onChanged,
}: {
  tasks: ReportingTasks
  canSet: boolean
  onChanged(): void
}) {
  const received = tasks.tasks.filter((x) => !x.own)
  const own = tasks.tasks.filter((x) => x.own)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {(received.length > 0 || !canSet) && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.tasks.receivedTitle}
          </Typography.Title>
          <TaskTable rows={received} received />
        </>
      )}
      {canSet && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.tasks.ownTitle}
          </Typography.Title>
          <TaskTable rows={own} received={false} onChanged={onChanged} />
          <NewTask onSaved={onChanged} />
        </>
      )}
    </Space>
  )
}

function TaskTable({
  rows,
  received,
  onChanged,
}: {
  rows: ReportingTask[]
  received: boolean
  onChanged?: () => void
}) {
  const { message } = App.useApp()
  const remove = async (task: ReportingTask) => {
    try {
      await call('downward.deleteTask', { id: task.id })
      onChanged?.()
    } catch (e) {
      message.error(errorText(e))
    }
  }
  return (
    <Table<ReportingTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: txt.tasks.empty }}
      columns={[
        ...(received
          ? [{ title: txt.tasks.issuer, render: (_: unknown, r: ReportingTask) => r.issuer.name }]
          : []),
        { title: txt.tasks.period, dataIndex: 'period' },
        { title: txt.tasks.deadline, dataIndex: 'deadline' },
        {
          title: txt.tasks.daysLeft,
          render: (_, r) =>
            r.state === 'done' ? (
              '—'
            ) : (
              <Tag color={r.daysLeft < 0 ? 'red' : r.daysLeft <= 7 ? 'orange' : 'blue'}>
                {txt.days(r.daysLeft)}
              </Tag>
            ),
        },
        {
          title: txt.tasks.includes,
          render: (_, r) => r.includes.map((i) => txt.includeNames[i] ?? i).join('、') || '—',
        },
        { title: txt.tasks.note, dataIndex: 'note', render: (v: string | null) => v ?? '—' },
        ...(received
          ? [
              {
                title: txt.tasks.state,
                render: (_: unknown, r: ReportingTask) => txt.tasks.states[r.state ?? ''] ?? '',
              },
            ]
          : [
              {
                title: '',
                width: 80,
                render: (_: unknown, r: ReportingTask) => (
                  <Popconfirm
                    title={txt.tasks.removeConfirm(r.period)}
                    okText={txt.tasks.remove}
                    cancelText={txt.import.cancel}
                    onConfirm={() => remove(r)}
                  >
                    <Button size="small" danger>
                      {txt.tasks.remove}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]),
      ]}
    />
  )
}

function NewTask({ onSaved }: { onSaved(): void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<TaskForm>()
  const [busy, setBusy] = useState(false)
  const save = async (v: TaskForm) => {
    setBusy(true)
    try {
      await call('downward.saveTask', {
        period: v.period,
        deadline: v.deadline,
        includes: v.includes ?? [],
        ...(v.note ? { note: v.note } : {}),
      })
      message.success(txt.tasks.saved)
      form.resetFields()
      onSaved()
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Form<TaskForm>
      form={form}
      layout="inline"
      onFinish={(v) => void save(v)}
      initialValues={{ includes: ['persons', 'activities'] }}
      aria-label={txt.tasks.add}
    >
      <Form.Item name="period" label={txt.tasks.period} rules={[{ required: true, max: 40 }]}>
        <Input placeholder={txt.tasks.periodPlaceholder} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="deadline" label={txt.tasks.deadline} rules={[{ required: true }]}>
        <Input type="date" style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="includes" label={txt.tasks.includes}>
        <Checkbox.Group
          options={TASK_INCLUDES.map((value) => ({ value, label: txt.includeNames[value] }))}
        />
      </Form.Item>
      <Form.Item name="note" label={txt.tasks.note}>
        <Input placeholder={txt.tasks.notePlaceholder} style={{ width: 220 }} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {txt.tasks.add}
      </Button>
    </Form>
  )
}
