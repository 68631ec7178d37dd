import { useCallback } from 'react'
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd'
import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useRecord } from '../../api/useRecord'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { AttachmentsCard } from '../../attachments/AttachmentsCard'
import { PageTitle } from '../PageTitle'
import { RecordPending } from '../RecordPending'
import { canWrite } from '../persons/common/access'
import { adoptionText, instructionText } from './suggestionText'

const txt = t.suggestionsUi.detail
const labels = t.suggestions.fieldLabels

/** `#/suggestions/<id>`: the record, its submitters, adoptions, 批示 and score. */
export function SuggestionDetailPage({ id, session }: { id: string; session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const fetcher = useCallback(() => call('suggestions.get', { id }), [id])
  const { record: s, error, load } = useRecord(fetcher)
  if (!s) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t.suggestionsUi.form.notFound}
        failedTitle={txt.loadFailed}
        back={{ label: txt.back, path: '/suggestions' }}
      />
    )
  }
  const writable = canWrite(session) && s.ownedHere
  function confirmDelete() {
    modal.confirm({
      title: txt.confirmDelete(s!.title),
      content: txt.confirmDeleteDetail,
      okText: txt.delete,
      okButtonProps: { danger: true },
      async onOk() {
        try {
          await call('suggestions.delete', { id })
          message.success(txt.deleted(s!.title))
          navigate('/suggestions')
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }
  const none = txt.none
  return (
    <div style={{ maxWidth: 1100 }}>
      <PageTitle
        extra={
          writable && (
            <Space>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/suggestions/${encodeURIComponent(id)}/edit`)}
              >
                {txt.edit}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                {txt.delete}
              </Button>
            </Space>
          )
        }
      >
        <Space>
          <span>{s.title}</span>
          <Tag>{s.kindName}</Tag>
          <Tag color="blue">{t.suggestions.statusNames[s.status]}</Tag>
        </Space>
      </PageTitle>
      {!s.ownedHere && (
        <Alert type="info" showIcon title={txt.notOwned} style={{ marginBottom: 12 }} />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} data-testid="suggestion-detail-score" style={{ marginTop: 0 }}>
          {txt.score(s.score, s.ruleVersion)}
        </Typography.Title>
        <Typography.Text type="secondary">{txt.share(s.share)}</Typography.Text>
      </Card>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions
          column={2}
          size="small"
          items={[
            {
              label: labels.submitters,
              span: 2,
              children: (
                <Space wrap>
                  {s.submitters.map((m) => (
                    <span key={`${m.personId ?? ''}${m.name}`}>
                      {m.personId && m.inRegister ? (
                        <Typography.Link href={`#/persons/${encodeURIComponent(m.personId)}`}>
                          {m.name}
                        </Typography.Link>
                      ) : (
                        m.name
                      )}
                      {m.employer ? `（${m.employer}）` : ''}
                      {m.isLead && <Tag color="gold">{txt.leadTag}</Tag>}
                      {!m.inRegister && <Tag>{txt.notInRegister}</Tag>}
                    </span>
                  ))}
                </Space>
              ),
            },
            { label: labels.submittedOn, children: s.submittedOn },
            { label: labels.channel, children: s.channelName ?? none },
            { label: labels.receivingBody, children: s.receivingBody ?? none },
            {
              label: txt.activity,
              children: s.activityId ? (
                <Typography.Link href={`#/activities/${encodeURIComponent(s.activityId)}`}>
                  {s.activityTitle}
                </Typography.Link>
              ) : (
                none
              ),
            },
            { label: labels.adoptions, span: 2, children: adoptionText(s) || none },
            { label: labels.instructions, span: 2, children: instructionText(s) || none },
            { label: labels.summary, span: 2, children: s.summary ?? none },
            {
              label: labels.fullText,
              span: 2,
              children: <div style={{ whiteSpace: 'pre-wrap' }}>{s.fullText ?? none}</div>,
            },
            { label: labels.outcome, span: 2, children: s.outcome ?? none },
            { label: labels.remarks, span: 2, children: s.remarks ?? none },
          ]}
        />
      </Card>
      <AttachmentsCard
        api={{
          add: (fileName, base64) =>
            call('suggestions.addAttachment', { suggestionId: id, fileName, base64 }),
          content: (fileId) => call('suggestions.attachment', { id: fileId }),
          remove: (fileId) => call('suggestions.removeAttachment', { id: fileId }),
        }}
        title={txt.attachments}
        emptyWritable={txt.attachmentsEmpty}
        attachments={s.attachments}
        writable={writable}
        onChanged={() => void load()}
      />
    </div>
  )
}
