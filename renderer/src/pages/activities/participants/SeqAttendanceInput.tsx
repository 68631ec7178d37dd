import { useId, useState } from 'react'
import { Alert, App, Button, Input, Select, Space, Typography } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { formatSeqList, parseSeqList } from '../../../../../shared/attendance/parseSeqList'
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type MarkBySeqResult,
} from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { ApiCallError, call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'

const txt = t.activitiesUi.seq
const names = t.activities.attendance
const statusOptions = ATTENDANCE_STATUSES.filter((s) => s !== 'registered').map((s) => ({
  value: s,
  label: names[s],
}))

/**
 * The 序号 that signed the printed sheet, typed as staff read them off the paper
 * (`1-12，15、18`). Bad input is named item by item — first by the same parser the core
 * uses, before anything is sent, then by the core (numbers of removed participants) — and
 * nothing changes until every item is right.
 */
export function SeqAttendanceInput({
  activityId,
  lastSeq,
  onMarked,
}: {
  activityId: string
  /** The highest 序号 on the sheet. */
  lastSeq: number
  onMarked(result: MarkBySeqResult): void
}) {
  const { message } = App.useApp()
  const [text, setText] = useState('')
  const [attendance, setAttendance] = useState<AttendanceStatus>('present')
  const [othersAs, setOthersAs] = useState<AttendanceStatus | 'none'>('none')
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const problemsId = useId()

  async function submit() {
    if (busy) return
    const parsed = parseSeqList(text, lastSeq)
    if (parsed.issues.length) {
      setProblems(parsed.issues.map((i) => i.message))
      return
    }
    setBusy(true)
    try {
      const result = await call('participants.markBySeq', {
        activityId,
        text,
        attendance,
        othersAs: othersAs === 'none' ? null : othersAs,
      })
      setProblems([])
      setText('')
      message.success(txt.done(result.seqs.length, names[attendance]!))
      if (result.duplicates.length) message.info(txt.duplicates(formatSeqList(result.duplicates)))
      onMarked(result)
    } catch (e) {
      const onText =
        e instanceof ApiCallError ? (e.issues ?? []).filter((i) => i.path === 'text') : []
      setProblems(onText.length ? onText.map((i) => i.message) : [errorText(e)])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <label htmlFor={inputId} style={{ fontWeight: 600 }}>
        {txt.label}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={inputId}
          value={text}
          status={problems.length ? 'error' : undefined}
          placeholder={txt.placeholder}
          maxLength={2000}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length ? problemsId : undefined}
          onChange={(e) => {
            setText(e.target.value)
            if (problems.length) setProblems([])
          }}
          onPressEnter={() => void submit()}
          style={{ fontSize: 15 }}
        />
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={busy}
          onClick={() => void submit()}
        >
          {txt.submit}
        </Button>
      </Space.Compact>
      <Space wrap size={12}>
        <Space size={6}>
          <Typography.Text type="secondary">{txt.as}</Typography.Text>
          <Select
            aria-label={txt.as}
            size="small"
            value={attendance}
            onChange={setAttendance}
            options={statusOptions}
            style={{ width: 90 }}
          />
        </Space>
        <Space size={6}>
          <Typography.Text type="secondary">{txt.othersAs}</Typography.Text>
          <Select
            aria-label={txt.othersAs}
            size="small"
            value={othersAs}
            onChange={setOthersAs}
            options={[{ value: 'none', label: txt.othersNone }, ...statusOptions]}
            style={{ width: 90 }}
          />
        </Space>
      </Space>
      {problems.length > 0 ? (
        <Alert
          id={problemsId}
          type="error"
          showIcon
          role="alert"
          title={txt.problemsTitle}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="seq-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {txt.help}
        </Typography.Text>
      )}
    </div>
  )
}
