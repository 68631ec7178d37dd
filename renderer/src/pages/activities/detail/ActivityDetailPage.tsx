import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Card, Col, Result, Row, Space, Spin, Tag, Tooltip } from 'antd'
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons'
import type { ActivityDetail } from '../../../../../shared/contract/activities'
import type { SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { ApiCallError, call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { signInPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { RosterExportButton } from '../../imports/export/RosterExportButton'
import { PageTitle } from '../../PageTitle'
import { canWrite, isAdmin } from '../../persons/common/access'
import { ParticipantsCard } from '../participants/ParticipantsCard'
import { SeqAttendanceInput } from '../participants/SeqAttendanceInput'
import { useParticipants } from '../participants/useParticipants'
import { StatusTag } from '../StatusTag'
import { ActivityInfoCard } from './ActivityInfoCard'
import { AttachmentsCard } from './AttachmentsCard'
import { AttendanceFigures } from './AttendanceFigures'
import '../../persons/common/persons.css'

const txt = t.activitiesUi.detail

/** `#/activities/:id`: what happened, who came (实到 first), and the photos. */
export function ActivityDetailPage({ id, session }: { id: string; session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const [activity, setActivity] = useState<ActivityDetail | null>(null)
  const [error, setError] = useState<{ text: string; notFound: boolean } | null>(null)
  const participants = useParticipants(id)

  const load = useCallback(async () => {
    try {
      setActivity(await call('activities.get', { id }))
      setError(null)
    } catch (e) {
      setError({
        text: errorText(e),
        notFound: e instanceof ApiCallError && e.code === 'NOT_FOUND',
      })
    }
  }, [id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  if (!activity) {
    if (error) {
      return (
        <Result
          status={error.notFound ? '404' : 'error'}
          title={error.notFound ? t.activitiesUi.form.notFound : txt.loadFailed}
          subTitle={error.notFound ? undefined : error.text}
          extra={<Button onClick={() => navigate('/activities')}>{txt.back}</Button>}
        />
      )
    }
    return <Spin style={{ display: 'block', marginTop: 80 }} />
  }

  const writable = canWrite(session) && activity.ownedHere
  const attendable = activity.status !== 'cancelled'
  const summary = participants.list?.summary ?? activity.attendance
  const items = participants.list?.items ?? []
  const lastSeq = items.reduce((m, p) => Math.max(m, p.seq), 0)

  function confirmDelete() {
    const a = activity!
    modal.confirm({
      title: txt.confirmDelete(a.title),
      content: txt.confirmDeleteDetail(summary.expected, a.attachments.length),
      okText: txt.delete,
      okButtonProps: { danger: true },
      async onOk() {
        try {
          await call('activities.delete', { id })
          message.success(txt.deleted(a.title))
          navigate('/activities')
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(signInPrintPath(id))}>
              {txt.printSignIn}
            </Button>
            <RosterExportButton source={{ kind: 'activity', activityId: id }} />
            {writable && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/activities/${encodeURIComponent(id)}/edit`)}
              >
                {txt.edit}
              </Button>
            )}
            {writable && isAdmin(session) && (
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {txt.delete}
              </Button>
            )}
          </Space>
        }
      >
        <Space size={10} align="center">
          <Tooltip title={txt.back}>
            <Button
              type="text"
              aria-label={txt.back}
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate('/activities')}
            />
          </Tooltip>
          <span>{activity.title}</span>
          <Tag>{activity.typeName}</Tag>
          <StatusTag status={activity.status} />
        </Space>
      </PageTitle>
      {!activity.ownedHere && (
        <Alert type="info" showIcon title={txt.notOwned} style={{ marginBottom: 12 }} />
      )}
      {!attendable && (
        <Alert type="warning" showIcon title={txt.cancelled} style={{ marginBottom: 12 }} />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={[24, 12]} align="middle">
          <Col xs={24} xl={12}>
            <AttendanceFigures summary={summary} manual={activity.actualCount !== null} />
          </Col>
          {writable && attendable && items.length > 0 && (
            <Col xs={24} xl={12}>
              <SeqAttendanceInput
                activityId={id}
                lastSeq={lastSeq}
                onMarked={() => void participants.reload()}
              />
            </Col>
          )}
        </Row>
      </Card>
      <ParticipantsCard
        activityId={id}
        state={participants}
        writable={writable}
        attendable={attendable}
      />
      <ActivityInfoCard activity={activity} />
      <AttachmentsCard
        activityId={id}
        attachments={activity.attachments}
        writable={writable}
        onChanged={() => void load()}
      />
    </div>
  )
}
