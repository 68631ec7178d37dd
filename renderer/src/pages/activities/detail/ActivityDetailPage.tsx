import { useCallback } from 'react'
import { Alert, App, Button, Card, Col, Row, Space, Tag, Tooltip } from 'antd'
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useRecord } from '../../../api/useRecord'
import { errorText } from '../../../forms/serverIssues'
import { signInPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { RosterExportButton } from '../../imports/export/RosterExportButton'
import { RecordPending } from '../../RecordPending'
import { PageTitle } from '../../PageTitle'
import { canWrite, isAdmin } from '../../persons/common/access'
import { ParticipantsCard } from '../participants/ParticipantsCard'
import { SeqAttendanceInput } from '../participants/SeqAttendanceInput'
import { useParticipants } from '../participants/useParticipants'
import { StatusTag } from '../StatusTag'
import { ActivityInfoCard } from './ActivityInfoCard'
import { AttachmentsCard } from '../../../attachments/AttachmentsCard'
import { AttendanceFigures } from './AttendanceFigures'
import '../../persons/common/persons.css'

const txt = t.activitiesUi.detail

/** `#/activities/:id`: what happened, who came (实到 first), and the photos. */
export function ActivityDetailPage({ id, session }: { id: string; session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const {
    record: activity,
    error,
    load,
  } = useRecord(useCallback(() => call('activities.get', { id }), [id]))
  const participants = useParticipants(id)

  if (!activity) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t.activitiesUi.form.notFound}
        failedTitle={txt.loadFailed}
        back={{ label: txt.back, path: '/activities' }}
      />
    )
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
        api={{
          add: (fileName, base64) =>
            call('activities.addAttachment', { activityId: id, fileName, base64 }),
          content: (fileId) => call('activities.attachment', { id: fileId }),
          remove: (fileId) => call('activities.removeAttachment', { id: fileId }),
        }}
        attachments={activity.attachments}
        writable={writable}
        onChanged={() => void load()}
      />
    </div>
  )
}
