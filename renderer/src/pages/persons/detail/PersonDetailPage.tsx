import { useState } from 'react'
import { Alert, App, Button, Space, Tag, Tooltip } from 'antd'
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  UndoOutlined,
  PrinterOutlined,
} from '@ant-design/icons'
import type { RevealedContact, SessionInfo } from '../../../../../shared/contract'
import { codeName } from '../../../../../shared/codes/lookup'
import { ACTIVE_PERSON_STATUS, PERSON_STATUS } from '../../../../../shared/codes/personStatus'
import { localToday } from '../../../../../shared/dates/calendar'
import { t } from '../../../../../shared/i18n'
import { notOwnedText } from '../../../../../shared/i18n/personsUi'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { personPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { RecordPending } from '../../RecordPending'
import { canWrite } from '../common/access'
import { useDictionaries } from '../common/dictionaryStore'
import { HistoryCard } from './HistoryCard'
import { PersonSections } from './PersonSections'
import { usePersonRecord } from './usePersonRecord'

const txt = t.personsUi.detail

/**
 * The whole record of one person. Full ID and phone numbers appear only after 显示完整号码,
 * which the core audits; they live in this page's state and are gone when it is left.
 */
export function PersonDetailPage({ id, session }: { id: string; session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const dict = useDictionaries()
  const record = usePersonRecord(id)
  const [revealed, setRevealed] = useState<RevealedContact | null>(null)
  const [busy, setBusy] = useState(false)
  const person = record.person
  const writer = canWrite(session)

  if (!person) {
    return (
      <RecordPending
        error={record.error ? { text: record.error, notFound: record.notFound } : null}
        notFoundTitle={t.personsUi.form.notFound}
        failedTitle={txt.loadFailed}
        back={{ label: txt.back, path: '/persons' }}
      />
    )
  }

  const deleted = person.deletedAt !== null
  const editable = writer && person.ownedHere && !deleted

  async function reveal() {
    setBusy(true)
    try {
      setRevealed(await call('persons.reveal', { id }))
      void record.reloadHistory()
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  async function confirmDelete() {
    if (!person) return
    const name = person.name
    // A submitter of suggestions is told first: the suggestions stay, the name as text.
    const suggestions = await call('suggestions.ofPerson', { personId: id }).catch(() => null)
    modal.confirm({
      title: txt.confirmDelete(name),
      content: suggestions?.count
        ? t.suggestionsUi.person.deleteConfirm(suggestions.count)
        : txt.confirmDeleteDetail,
      okText: txt.delete,
      okButtonProps: { danger: true },
      async onOk() {
        try {
          await call('persons.delete', { id })
          message.success(txt.deleted(name))
          navigate('/persons')
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  async function restore() {
    if (!person) return
    try {
      await call('persons.restore', { id })
      message.success(txt.restored(person.name))
      await record.reload()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const statusName = codeName(PERSON_STATUS, person.status)
  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(personPrintPath(person.id))}>
              {t.paper.buttons.personForm}
            </Button>
            {writer &&
              (person.idNumber || person.phone) &&
              (revealed ? (
                <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
                  {txt.hide}
                </Button>
              ) : (
                <Tooltip title={txt.revealHint}>
                  <Button icon={<EyeOutlined />} loading={busy} onClick={() => void reveal()}>
                    {txt.reveal}
                  </Button>
                </Tooltip>
              ))}
            {editable && (
              <>
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/persons/${encodeURIComponent(id)}/edit`)}
                >
                  {txt.edit}
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={() => void confirmDelete()}>
                  {txt.delete}
                </Button>
              </>
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
              onClick={() => navigate('/persons')}
            />
          </Tooltip>
          <span>{person.name}</span>
          {person.isDemo && <Tag color="gold">{t.personsUi.list.demo}</Tag>}
          {person.status !== ACTIVE_PERSON_STATUS && statusName && <Tag>{statusName}</Tag>}
        </Space>
      </PageTitle>
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={txt.inBin}
          style={{ marginBottom: 12 }}
          action={
            writer && person.ownedHere ? (
              <Button icon={<UndoOutlined />} onClick={() => void restore()}>
                {txt.restore}
              </Button>
            ) : undefined
          }
        />
      )}
      {!person.ownedHere && (
        <Alert
          type="info"
          showIcon
          title={notOwnedText(person.owner)}
          style={{ marginBottom: 12 }}
        />
      )}
      {person.isDemo && (
        <Alert type="warning" showIcon title={txt.demoRecord} style={{ marginBottom: 12 }} />
      )}
      {revealed && <Alert type="info" showIcon title={txt.revealed} style={{ marginBottom: 12 }} />}
      <PersonSections
        person={person}
        dict={dict.forUnit(person.owner?.code)}
        revealed={revealed}
        today={localToday()}
      />
      <HistoryCard history={record.history} />
    </div>
  )
}
