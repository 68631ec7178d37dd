import { useCallback, useEffect, useState } from 'react'
import { App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import type { Input as CallInput, SessionInfo } from '../../../../shared/contract'
import {
  ADOPTION_HOWS,
  SUGGESTION_LEVELS,
  SUGGESTION_STATUSES,
  type Adoption,
  type Instruction,
} from '../../../../shared/contract/suggestions'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { PageTitle } from '../PageTitle'
import { ActivityPicker, type PickedActivity } from './ActivityPicker'
import { pickedOf, SubmitterPicker, type PickedPerson } from './SubmitterPicker'

const txt = t.suggestionsUi.form
const labels = t.suggestions.fieldLabels
const names = t.suggestions

interface Values {
  title: string
  kind: string
  submittedOn: string
  channel?: string | null
  receivingBody?: string | null
  summary?: string | null
  fullText?: string | null
  status: CallInput<'suggestions.create'>['status']
  outcome?: string | null
  remarks?: string | null
  coAuthors?: { name: string; employer?: string | null }[]
  lead?: string | null
  adoptions?: Adoption[]
  instructions?: Instruction[]
}

const levelOptions = SUGGESTION_LEVELS.map((l) => ({ value: l, label: names.levelNames[l] }))

/** `#/suggestions/new` and `#/suggestions/<id>/edit`. */
export function SuggestionFormPage({ id }: { id?: string; session: SessionInfo }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [persons, setPersons] = useState<PickedPerson[]>([])
  const [activity, setActivity] = useState<PickedActivity | null>(null)
  const [version, setVersion] = useState<string | undefined>()
  const [saving, setSaving] = useState(false)
  const kinds = useLoaded(
    useCallback(() => call('suggestions.kinds', { includeDisabled: false }), []),
    [],
  )
  const channels = useLoaded(
    useCallback(() => call('suggestions.channels', { includeDisabled: false }), []),
    [],
  )

  useEffect(() => {
    if (!id) return
    void call('suggestions.get', { id }).then((s) => {
      setPersons(pickedOf(s.submitters))
      setActivity(s.activityId ? { id: s.activityId, title: s.activityTitle ?? '' } : null)
      setVersion(s.version)
      const lead = s.submitters.find((m) => m.isLead)
      form.setFieldsValue({
        ...s,
        coAuthors: s.submitters
          .filter((m) => !m.personId)
          .map((m) => ({ name: m.name, employer: m.employer })),
        lead: lead ? (lead.personId ?? `co:${lead.name}`) : null,
      })
    })
  }, [id, form])

  async function save(v: Values) {
    const co = (v.coAuthors ?? []).filter((c) => c.name?.trim())
    const submitters = [
      ...persons.map((p) => ({ personId: p.personId, isLead: v.lead === p.personId })),
      ...co.map((c) => ({
        personId: null,
        name: c.name,
        employer: c.employer ?? null,
        isLead: v.lead === `co:${c.name}`,
      })),
    ]
    if (!submitters.length) return void message.error(txt.needSubmitter)
    const body = {
      title: v.title,
      kind: v.kind,
      submittedOn: v.submittedOn,
      channel: v.channel ?? null,
      receivingBody: v.receivingBody ?? null,
      summary: v.summary ?? null,
      fullText: v.fullText ?? null,
      status: v.status,
      outcome: v.outcome ?? null,
      remarks: v.remarks ?? null,
      activityId: activity?.id ?? null,
      submitters,
      adoptions: v.adoptions ?? [],
      instructions: (v.instructions ?? []).map((x) => ({ ...x, leader: x.leader ?? '' })),
    }
    setSaving(true)
    try {
      const saved = id
        ? await call('suggestions.update', { id, version, ...body })
        : await call('suggestions.create', body)
      message.success(txt.saved)
      navigate(`/suggestions/${encodeURIComponent(saved.id)}`)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  const coAuthors = Form.useWatch('coAuthors', form) ?? []
  const leadOptions = [
    ...persons.map((p) => ({ value: p.personId, label: p.name })),
    ...coAuthors.filter((c) => c?.name).map((c) => ({ value: `co:${c.name}`, label: c.name })),
  ]
  const date = (name: string) => ({ name, rules: [{ required: true }] })
  return (
    <div style={{ maxWidth: 1100 }}>
      <PageTitle>{id ? txt.editTitle : txt.newTitle}</PageTitle>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ status: 'submitted', kind: '02' }}
        onFinish={(v) => void save(v)}
      >
        <Card size="small" title={txt.basic} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col span={16}>
              <Form.Item name="title" label={labels.title} rules={[{ required: true }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="kind" label={labels.kind} rules={[{ required: true }]}>
                <Select
                  aria-label={labels.kind}
                  options={kinds.data.map((e) => ({ value: e.code, label: e.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item {...date('submittedOn')} label={labels.submittedOn}>
                <Input placeholder={txt.datePlaceholder} maxLength={10} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="channel" label={labels.channel}>
                <Select
                  aria-label={labels.channel}
                  allowClear
                  options={channels.data.map((e) => ({ value: e.code, label: e.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="status" label={labels.status}>
                <Select
                  aria-label={labels.status}
                  options={SUGGESTION_STATUSES.map((s) => ({
                    value: s,
                    label: names.statusNames[s],
                  }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="receivingBody" label={labels.receivingBody}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={txt.activity}>
                <ActivityPicker value={activity} onChange={setActivity} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="summary" label={labels.summary}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Form.Item name="fullText" label={labels.fullText}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={txt.submitters} style={{ marginBottom: 12 }}>
          <Form.Item label={txt.registerPicker}>
            <SubmitterPicker value={persons} onChange={setPersons} />
          </Form.Item>
          <Form.List name="coAuthors">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'name']} label={txt.coAuthorName}>
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'employer']} label={txt.coAuthorEmployer}>
                      <Input maxLength={100} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={txt.remove} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '' })}
                  style={{ marginBottom: 12 }}
                >
                  {txt.addCoAuthor}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="lead" label={txt.lead}>
            <Select
              aria-label={txt.lead}
              allowClear
              options={leadOptions}
              style={{ maxWidth: 240 }}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={txt.adoptions} style={{ marginBottom: 12 }}>
          <Form.List name="adoptions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`adoption-${i}`}>
                    <Form.Item
                      name={[f.name, 'body']}
                      label={txt.adoptionBody}
                      rules={[{ required: true }]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'level']}
                      label={txt.adoptionLevel}
                      rules={[{ required: true }]}
                    >
                      <Select
                        aria-label={txt.adoptionLevel}
                        options={levelOptions}
                        style={{ width: 100 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'adoptedOn']}
                      label={txt.adoptionDate}
                      rules={[{ required: true }]}
                    >
                      <Input placeholder={txt.datePlaceholder} maxLength={10} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'how']}
                      label={txt.adoptionHow}
                      rules={[{ required: true }]}
                    >
                      <Select
                        aria-label={txt.adoptionHow}
                        options={ADOPTION_HOWS.map((h) => ({ value: h, label: names.howNames[h] }))}
                        style={{ width: 90 }}
                      />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={txt.remove} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ how: 'adopted' })}>
                  {txt.addAdoption}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={txt.instructions} style={{ marginBottom: 12 }}>
          <Form.List name="instructions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`instruction-${i}`}>
                    <Form.Item name={[f.name, 'leader']} label={txt.leader}>
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'level']}
                      label={txt.leaderLevel}
                      rules={[{ required: true }]}
                    >
                      <Select
                        aria-label={txt.leaderLevel}
                        options={levelOptions}
                        style={{ width: 100 }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'instructedOn']}
                      label={txt.instructionDate}
                      rules={[{ required: true }]}
                    >
                      <Input placeholder={txt.datePlaceholder} maxLength={10} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'content']} label={txt.instructionContent}>
                      <Input maxLength={2000} style={{ width: 280 }} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={txt.remove} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {txt.addInstruction}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="outcome" label={labels.outcome}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Form.Item name="remarks" label={labels.remarks}>
            <Input maxLength={1000} />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {txt.save}
          </Button>
          <Button
            onClick={() => navigate(id ? `/suggestions/${encodeURIComponent(id)}` : '/suggestions')}
          >
            {txt.cancel}
          </Button>
        </Space>
      </Form>
    </div>
  )
}
