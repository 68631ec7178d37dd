import { useCallback, useEffect, useMemo, useState } from 'react'
import { Alert, App, Button, Card, Form, Result, Spin, Typography } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import type { DuplicateMatch, PersonDetail, SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { notOwnedText } from '../../../../../shared/i18n/personsUi'
import { call } from '../../../api/client'
import { errorText, sayRefusal } from '../../../forms/serverIssues'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { canWrite } from '../common/access'
import { useDictionaries } from '../common/dictionaryStore'
import { DuplicateWarning } from './DuplicateAlert'
import {
  changedDraft,
  emptyFormValues,
  remapIssues,
  toDraft,
  toFormValues,
  type PersonDraftInput,
  type PersonFormValues,
} from './formModel'
import { BelongingSection } from './sections/BelongingSection'
import { EducationSection, WorkSection } from './sections/CareerSections'
import { ContactSection } from './sections/ContactSection'
import { BasicSection, PoliticalSection } from './sections/IdentitySections'
import { RemarksSection, TextsSection } from './sections/TextSections'
import { AwardsEditor, PostsEditor, SeatsEditor } from './SubRecordEditors'
import { useUnsavedGuard } from './useUnsavedGuard'
import './personForm.css'
import '../common/persons.css'
import { useSaveShortcut } from '../../../forms/useSaveShortcut'
import { validateOrPoint } from '../../../forms/validateOrPoint'
import { offerDemoClear } from '../common/offerDemoClear'

const ui = t.personsUi.form
const sec = t.personsUi.sections

/** `#/persons/new` and `#/persons/:id/edit`. */
export function PersonFormPage({ id, session }: { id?: string; session: SessionInfo }) {
  if (!canWrite(session)) {
    return <Result status="403" title={ui.noPermission} />
  }
  return id ? <EditPerson id={id} /> : <PersonForm person={null} session={session} />
}

function EditPerson({ id }: { id: string }) {
  const [person, setPerson] = useState<PersonDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('persons.get', { id })
      .then((p) => {
        if (p.deletedAt) setError(t.personsUi.detail.inBin)
        else if (!p.ownedHere) setError(notOwnedText(p.owner))
        else setPerson(p)
      })
      .catch((e: unknown) => setError(errorText(e)))
  }, [id])
  if (error) {
    return (
      <Result
        status="warning"
        title={error}
        extra={<Button onClick={() => navigate('/persons')}>{t.personsUi.detail.back}</Button>}
      />
    )
  }
  if (!person) return <Spin style={{ display: 'block', marginTop: 80 }} />
  return <PersonForm person={person} />
}

/**
 * The whole registration form. Nothing is sent until 保存 (or Ctrl+S); Enter in a box never
 * submits by accident. The core's answer to a bad field lands on that field.
 */
function PersonForm({
  person,
  session,
}: {
  person: PersonDetail | null
  /** Given for a new person: the first real one may prompt clearing the demo data. */
  session?: SessionInfo
}) {
  const { message, modal, notification } = App.useApp()
  const [form] = Form.useForm<PersonFormValues>()
  const dict = useDictionaries()
  const initial = useMemo(() => (person ? toFormValues(person) : emptyFormValues()), [person])
  const before = useMemo<PersonDraftInput>(() => toDraft(initial), [initial])
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [topError, setTopError] = useState<string | null>(null)
  const release = useUnsavedGuard(dirty)
  const keepId = person?.idNumber ?? undefined
  const keepPhone = person?.phone ?? undefined

  const save = useCallback(
    async (values: PersonFormValues, next: 'detail' | 'new') => {
      setSaving(true)
      setTopError(null)
      try {
        const draft = toDraft(values)
        const patch = person ? changedDraft(draft, before) : null
        if (person && patch && Object.keys(patch).length === 0) {
          // Nothing to send: no empty write, no 无变化 line in the history.
          release()
          setDirty(false)
          message.info(ui.nothingChanged)
          navigate(`/persons/${encodeURIComponent(person.id)}`)
          return
        }
        const result = person
          ? await call('persons.update', { id: person.id, version: person.version, ...patch })
          : await call('persons.create', draft)
        release()
        setDirty(false)
        const name = result.person.name
        message.success(person ? ui.updated(name) : ui.created(name))
        if (!person && session)
          void offerDemoClear(session, 1, { message, modal }).catch(() => undefined)
        if (result.warnings.length) {
          notification.warning({
            title: ui.warningsTitle,
            description: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ),
            duration: 8,
          })
        }
        if (next === 'new') {
          form.resetFields()
          window.scrollTo({ top: 0 })
          document.querySelector<HTMLElement>('.ant-layout-content')?.scrollTo({ top: 0 })
        } else {
          navigate(`/persons/${encodeURIComponent(result.person.id)}`)
        }
      } catch (e) {
        const { rest, wrong } = sayRefusal(form, remapIssues(e, values), message.error)
        if (rest) setTopError(rest)
        if (wrong[0]) form.scrollToField(wrong[0])
      } finally {
        setSaving(false)
      }
    },
    [person, session, before, release, message, modal, notification, form],
  )

  const submit = useCallback(
    async (next: 'detail' | 'new') => {
      if (saving) return
      if (!(await validateOrPoint(form, (n) => message.error(t.common.fixErrors(n))))) return
      // validateFields answers only registered fields; sub-record lists need the whole store.
      await save(form.getFieldsValue(true) as PersonFormValues, next)
    },
    [form, save, saving, message],
  )

  useSaveShortcut(useCallback(() => void submit('detail'), [submit]))

  function restoreDuplicate(match: DuplicateMatch) {
    modal.confirm({
      title: ui.confirmRestoreTitle(match.name),
      content: ui.confirmRestoreContent,
      okText: ui.duplicateRestore,
      async onOk() {
        try {
          await call('persons.restore', { id: match.id })
          release()
          message.success(t.personsUi.detail.restored(match.name))
          navigate(`/persons/${encodeURIComponent(match.id)}`)
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  const back = () => navigate(person ? `/persons/${encodeURIComponent(person.id)}` : '/persons')

  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle back={{ label: ui.cancel, onClick: back }}>
        {person ? ui.editTitle(person.name) : ui.createTitle}
      </PageTitle>
      {topError && (
        <Alert type="error" showIcon title={topError} style={{ marginBottom: 12 }} closable />
      )}
      <DuplicateWarning
        form={form}
        excludeId={person?.id}
        keep={keepId}
        onView={(m) => navigate(`/persons/${encodeURIComponent(m.id)}`)}
        onRestore={restoreDuplicate}
      />
      <Form<PersonFormValues>
        form={form}
        name="person"
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        requiredMark
        scrollToFirstError
      >
        <BasicSection keepId={keepId} />
        <PoliticalSection />
        <EducationSection />
        <WorkSection />
        <BelongingSection dict={dict} />
        <ContactSection dict={dict} keepPhone={keepPhone} />
        <Card size="small" title={sec.seats} style={{ marginBottom: 12 }} id="person-form-seats">
          <SeatsEditor />
        </Card>
        <Card size="small" title={sec.posts} style={{ marginBottom: 12 }} id="person-form-posts">
          <PostsEditor />
        </Card>
        <Card size="small" title={sec.awards} style={{ marginBottom: 12 }} id="person-form-awards">
          <AwardsEditor />
        </Card>
        <TextsSection />
        <RemarksSection />
      </Form>
      <div className="pf-actions">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          onClick={() => void submit('detail')}
        >
          {ui.save}
        </Button>
        {!person && (
          <Button disabled={saving} onClick={() => void submit('new')}>
            {ui.saveAndNew}
          </Button>
        )}
        <Button onClick={back}>{ui.cancel}</Button>
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          {ui.saveHint}
        </Typography.Text>
      </div>
    </div>
  )
}
