import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  TreeSelect,
  Typography,
} from 'antd'
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../../shared/contract'
import {
  ACTIVITY_STATUSES,
  TRAINING_TYPE_CODE,
  type Activity,
} from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { errorText, sayRefusal } from '../../../forms/serverIssues'
import { navigate } from '../../../router/hashRoute'
import { PageTitle } from '../../PageTitle'
import { orgTreeOptions } from '../../organizations/orgTree'
import { canWrite } from '../../persons/common/access'
import { useUnsavedGuard } from '../../persons/form/useUnsavedGuard'
import {
  changedDraft,
  emptyFormValues,
  remapIssues,
  toDraft,
  toFormValues,
  type ActivityFormValues,
} from './activityFormModel'
import { activityLabel as label, Cell, numberBox, Section } from './formLayout'
import { OutcomeSection } from './sections/OutcomeSection'
import { TrainingSection } from './sections/TrainingSection'
import { UnitsSection } from './sections/UnitsSection'
import '../../persons/form/personForm.css'
import { useSaveShortcut } from '../../../forms/useSaveShortcut'
import { validateOrPoint } from '../../../forms/validateOrPoint'

const ui = t.activitiesUi.form
const sec = ui.sections

/** `#/activities/new` and `#/activities/:id/edit`. */
export function ActivityFormPage({ id, session }: { id?: string; session: SessionInfo }) {
  if (!canWrite(session)) return <Result status="403" title={ui.noPermission} />
  return id ? <EditActivity id={id} /> : <ActivityForm activity={null} />
}

function EditActivity({ id }: { id: string }) {
  const [activity, setActivity] = useState<Activity | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('activities.get', { id })
      .then((a) => (a.ownedHere ? setActivity(a) : setError(ui.notOwned)))
      .catch((e: unknown) => setError(errorText(e)))
  }, [id])
  if (error) {
    return (
      <Result
        status="warning"
        title={error}
        extra={
          <Button onClick={() => navigate('/activities')}>{t.activitiesUi.detail.back}</Button>
        }
      />
    )
  }
  if (!activity) return <Spin style={{ display: 'block', marginTop: 80 }} />
  return <ActivityForm activity={activity} />
}

/**
 * Every field of an activity. Nothing is sent until 保存 (or Ctrl+S); the core's answer to a
 * bad field lands on that field. Money is typed in 元 and stored in 分.
 */
function ActivityForm({ activity }: { activity: Activity | null }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<ActivityFormValues>()
  const initial = useMemo(() => (activity ? toFormValues(activity) : emptyFormValues()), [activity])
  const before = useMemo(() => toDraft(initial), [initial])
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [topError, setTopError] = useState<string | null>(null)
  const release = useUnsavedGuard(dirty)
  const type = Form.useWatch('type', form) ?? initial.type
  const training = type === TRAINING_TYPE_CODE

  const types = useLoaded(
    useCallback(() => call('activities.types', { includeDisabled: true }), []),
    [],
  )
  const orgs = useLoaded(
    useCallback(() => call('organizations.tree', {}), []),
    [],
  )
  const typeOptions = types.data
    .filter((e) => !e.disabled || e.code === initial.type)
    .map((e) => ({ value: e.code, label: e.name }))

  const save = useCallback(
    async (values: ActivityFormValues) => {
      setSaving(true)
      setTopError(null)
      try {
        const draft = toDraft(values)
        if (activity) {
          const patch = changedDraft(draft, before)
          if (Object.keys(patch).length === 0) {
            release()
            setDirty(false)
            message.info(ui.nothingChanged)
            navigate(`/activities/${encodeURIComponent(activity.id)}`)
            return
          }
          const saved = await call('activities.update', {
            id: activity.id,
            version: activity.version,
            ...patch,
          })
          release()
          setDirty(false)
          message.success(ui.updated(saved.title))
          navigate(`/activities/${encodeURIComponent(saved.id)}`)
        } else {
          const saved = await call('activities.create', draft)
          release()
          setDirty(false)
          message.success(ui.created(saved.title))
          navigate(`/activities/${encodeURIComponent(saved.id)}`)
        }
      } catch (e) {
        const { rest } = sayRefusal(form, remapIssues(e), message.error)
        if (rest) setTopError(rest)
      } finally {
        setSaving(false)
      }
    },
    [activity, before, release, message, form],
  )

  const submit = useCallback(async () => {
    if (saving) return
    if (!(await validateOrPoint(form, (n) => message.error(t.common.fixErrors(n))))) return
    await save(form.getFieldsValue(true) as ActivityFormValues)
  }, [form, save, saving, message])

  useSaveShortcut(useCallback(() => void submit(), [submit]))

  const back = () =>
    navigate(activity ? `/activities/${encodeURIComponent(activity.id)}` : '/activities')
  const required = (name: string) => ({
    required: true,
    message: t.auth.required(label[name] ?? name),
  })
  return (
    <div style={{ maxWidth: 1280 }}>
      <PageTitle>
        <Space size={10} align="center">
          <Button type="text" aria-label={ui.cancel} icon={<ArrowLeftOutlined />} onClick={back} />
          {activity ? ui.editTitle(activity.title) : ui.createTitle}
        </Space>
      </PageTitle>
      {topError && (
        <Alert type="error" showIcon title={topError} style={{ marginBottom: 12 }} closable />
      )}
      <Form<ActivityFormValues>
        form={form}
        name="activity"
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        requiredMark
        scrollToFirstError
      >
        <Section id="basic" title={sec.basic}>
          <Cell span={16}>
            <Form.Item name="title" label={label.title} rules={[required('title')]}>
              <Input maxLength={100} placeholder={ui.titlePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="type" label={label.type} rules={[required('type')]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={ui.choose}
                options={typeOptions}
                loading={types.loading}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="status" label={label.status}>
              <Radio.Group
                optionType="button"
                options={ACTIVITY_STATUSES.map((s) => ({
                  value: s,
                  label: t.activities.statuses[s],
                }))}
              />
            </Form.Item>
          </Cell>
          <Cell span={16}>
            <Form.Item name="theme" label={label.theme}>
              <Input maxLength={100} placeholder={ui.themePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="startDate" label={label.startDate} rules={[required('startDate')]}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="startTime" label={label.startTime}>
              <Input maxLength={5} placeholder={ui.timePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="endDate" label={label.endDate}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Cell>
          <Cell span={12}>
            <Form.Item name="place" label={label.place}>
              <Input maxLength={100} placeholder={ui.placePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell span={12}>
            <Form.Item
              name="organizationId"
              label={label.organizationId}
              extra={ui.organizationHelp}
            >
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeDefaultExpandAll
                placeholder={ui.organizationNone}
                treeData={orgTreeOptions(orgs.data)}
                loading={orgs.loading}
              />
            </Form.Item>
          </Cell>
        </Section>
        {training && <TrainingSection />}
        <UnitsSection />
        <Section id="people" title={sec.people}>
          <Cell>
            <Form.Item name="plannedCount" label={label.plannedCount}>
              <InputNumber {...numberBox} precision={0} max={100_000_000} />
            </Form.Item>
          </Cell>
          <Cell span={16}>
            <Form.Item name="actualCount" label={label.actualCount} extra={ui.actualHelp}>
              <InputNumber style={{ width: 240 }} min={0} precision={0} max={100_000_000} />
            </Form.Item>
          </Cell>
        </Section>
        <Section id="content" title={sec.content}>
          <Cell span={24}>
            <Form.Item name="description" label={label.description}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={5000} showCount />
            </Form.Item>
          </Cell>
        </Section>
        <OutcomeSection />
        <Section id="remarks" title={sec.remarks}>
          <Cell span={24}>
            <Form.Item name="remarks" label={label.remarks}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} />
            </Form.Item>
          </Cell>
        </Section>
      </Form>
      <div className="pf-actions">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          onClick={() => void submit()}
        >
          {ui.save}
        </Button>
        <Button onClick={back}>{ui.cancel}</Button>
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          {ui.saveHint}
        </Typography.Text>
      </div>
    </div>
  )
}
