import { useEffect, useState } from 'react'
import {
  Alert,
  App,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  TreeSelect,
  Typography,
} from 'antd'
import type { ReactNode } from 'react'
import {
  BASE_HOST_TYPES,
  ORG_KINDS,
  ORG_LEVELS,
  ORG_REGISTRATIONS,
  type OrgKind,
  type Organization,
} from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { showServerIssues } from '../../forms/serverIssues'
import type { Dictionaries } from '../persons/common/dictionaryStore'
import { DateInput } from '../persons/form/inputs'
import { LeaderInput } from './LeaderInput'
import { orgTreeOptions } from './orgTree'

const ui = t.organizationsUi.form
const names = t.organizations
const label: Record<string, string> = {
  ...names.fieldLabels,
  name: ui.name,
  remarks: ui.remarks,
}

type Values = Partial<Omit<Organization, 'exclusive'>> & { exclusive?: boolean }

/** Which fields a kind of organization has, beyond the common ones. */
const KIND_FIELDS: Record<OrgKind, readonly string[]> = {
  association: ['foundedOn', 'sessionNo', 'registration', 'annualReview'],
  branch: ['foundedOn', 'sessionNo', 'registration', 'annualReview'],
  service_team: ['foundedOn', 'serviceField'],
  service_unit: ['foundedOn', 'serviceField'],
  practice_base: ['hostType', 'hostOrg', 'namedOn', 'batch', 'peopleCovered'],
  other: ['foundedOn', 'registration'],
}

/** Kinds that sit under a parent of the same family by nature. */
const CHILD_KIND: Partial<Record<OrgKind, OrgKind>> = {
  association: 'branch',
  branch: 'branch',
  service_team: 'service_unit',
  service_unit: 'service_unit',
}

const options = (m: Record<string, string>, keys: readonly string[]) =>
  keys.map((k) => ({ value: k, label: m[k] ?? k }))

/** Sends every field: fields a kind does not use go as null so nothing stale lingers. */
function toDraft(v: Values) {
  const kind = v.kind ?? 'other'
  const uses = new Set(KIND_FIELDS[kind])
  const pick = <T,>(key: string, value: T | undefined | null) =>
    uses.has(key) && value !== undefined && value !== '' ? value : null
  return {
    parentId: v.parentId ?? null,
    kind,
    name: (v.name ?? '').trim(),
    shortName: v.shortName?.trim() || null,
    level: v.level ?? null,
    foundedOn: pick('foundedOn', v.foundedOn),
    sessionNo: pick('sessionNo', v.sessionNo),
    registration: pick('registration', v.registration),
    annualReview: pick('annualReview', v.annualReview),
    serviceField: pick('serviceField', v.serviceField),
    leaderPersonId: v.leaderPersonId ?? null,
    leaderName: v.leaderName?.trim() || null,
    hostType: pick('hostType', v.hostType),
    hostOrg: pick('hostOrg', v.hostOrg),
    namedOn: pick('namedOn', v.namedOn),
    batch: pick('batch', v.batch),
    peopleCovered: pick('peopleCovered', v.peopleCovered),
    township: v.township ?? null,
    exclusive: !!v.exclusive,
    remarks: v.remarks?.trim() || null,
  }
}

function Cell({ span = 12, children }: { span?: number; children: ReactNode }) {
  return <Col span={span}>{children}</Col>
}

/**
 * Creates or edits an organization; the fields follow its kind (a 实践创新基地 has a host
 * type, naming level, batch and date named; a 新联会 its 届次 and registration).
 */
export function OrganizationFormModal({
  open,
  organization,
  parent,
  orgs,
  dict,
  onClose,
  onSaved,
}: {
  open: boolean
  /** null to create. */
  organization: Organization | null
  /** Creating under this organization. */
  parent?: Organization | null
  orgs: readonly Organization[]
  dict: Dictionaries
  onClose(): void
  onSaved(org: Organization): void
}) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [topError, setTopError] = useState<string | null>(null)
  const kind = (Form.useWatch('kind', form) ?? organization?.kind ?? 'association') as OrgKind
  const uses = new Set(KIND_FIELDS[kind])

  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (organization) form.setFieldsValue(organization)
    else
      form.setFieldsValue({
        kind: parent ? (CHILD_KIND[parent.kind] ?? parent.kind) : 'association',
        parentId: parent?.id ?? null,
        level: parent ? null : 'county',
        exclusive: false,
      })
  }, [open, organization, parent, form])

  async function submit() {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setSaving(true)
    setTopError(null)
    try {
      const draft = toDraft({ ...form.getFieldsValue(true), ...values } as Values)
      const saved = organization
        ? await call('organizations.update', {
            id: organization.id,
            version: organization.version,
            ...draft,
          })
        : await call('organizations.create', draft)
      message.success(organization ? ui.updated(saved.name) : ui.created(saved.name))
      onSaved(saved)
    } catch (e) {
      setTopError(showServerIssues(form, e))
    } finally {
      setSaving(false)
    }
  }

  const title = organization
    ? ui.editTitle(organization.name)
    : parent
      ? ui.createChildTitle(parent.name)
      : ui.createTitle
  const townships = dict.of('township').map((e) => ({ value: e.code, label: e.name }))

  return (
    <Modal
      open={open}
      title={title}
      width={760}
      okText={t.common.save}
      okButtonProps={{ loading: saving }}
      onOk={() => void submit()}
      onCancel={() => {
        setTopError(null)
        onClose()
      }}
      forceRender
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      {topError && <Alert type="error" showIcon title={topError} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" name="organization" requiredMark>
        <Typography.Text type="secondary">{ui.sectionBasic}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          <Cell>
            <Form.Item
              name="kind"
              label={label.kind}
              rules={[{ required: true, message: t.auth.required(label.kind!) }]}
            >
              <Select options={options(names.kinds, ORG_KINDS)} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="parentId" label={label.parentId}>
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeDefaultExpandAll
                placeholder={ui.noParent}
                treeData={orgTreeOptions(orgs, organization?.id)}
              />
            </Form.Item>
          </Cell>
          <Cell span={16}>
            <Form.Item
              name="name"
              label={label.name}
              rules={[{ required: true, whitespace: true, message: t.auth.required(ui.name) }]}
            >
              <Input maxLength={60} placeholder={ui.namePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell span={8}>
            <Form.Item name="shortName" label={label.shortName}>
              <Input maxLength={30} placeholder={ui.shortNamePlaceholder} />
            </Form.Item>
          </Cell>
          <Cell span={8}>
            <Form.Item name="level" label={kind === 'practice_base' ? ui.namingLevel : label.level}>
              <Select
                allowClear
                placeholder={ui.choose}
                options={options(names.levels, ORG_LEVELS)}
              />
            </Form.Item>
          </Cell>
          <Cell span={8}>
            <Form.Item name="township" label={t.personsUi.list.filters.township}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={ui.choose}
                options={townships}
              />
            </Form.Item>
          </Cell>
          <Cell span={8}>
            <LeaderInput label={label.leaderName!} />
          </Cell>
        </Row>
        <Typography.Text type="secondary">{ui.sectionKind}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 8 }}>
          {uses.has('foundedOn') && (
            <Cell span={8}>
              <Form.Item name="foundedOn" label={label.foundedOn}>
                <DateInput placeholder={ui.datePlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('sessionNo') && (
            <Cell span={8}>
              <Form.Item name="sessionNo" label={label.sessionNo}>
                <Input maxLength={20} placeholder={ui.sessionNoPlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('registration') && (
            <Cell span={8}>
              <Form.Item name="registration" label={label.registration}>
                <Select
                  allowClear
                  placeholder={ui.choose}
                  options={options(names.registrations, ORG_REGISTRATIONS)}
                />
              </Form.Item>
            </Cell>
          )}
          {uses.has('annualReview') && (
            <Cell span={8}>
              <Form.Item name="annualReview" label={label.annualReview}>
                <Input maxLength={60} placeholder={ui.annualReviewPlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('serviceField') && (
            <Cell span={8}>
              <Form.Item name="serviceField" label={label.serviceField}>
                <Input maxLength={30} placeholder={ui.serviceFieldPlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('hostType') && (
            <Cell span={8}>
              <Form.Item name="hostType" label={label.hostType}>
                <Select
                  allowClear
                  placeholder={ui.choose}
                  options={options(names.hostTypes, BASE_HOST_TYPES)}
                />
              </Form.Item>
            </Cell>
          )}
          {uses.has('hostOrg') && (
            <Cell span={16}>
              <Form.Item name="hostOrg" label={label.hostOrg}>
                <Input maxLength={100} placeholder={ui.hostOrgPlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('namedOn') && (
            <Cell span={8}>
              <Form.Item name="namedOn" label={label.namedOn}>
                <DateInput placeholder={ui.datePlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('batch') && (
            <Cell span={8}>
              <Form.Item name="batch" label={label.batch}>
                <Input maxLength={30} placeholder={ui.batchPlaceholder} />
              </Form.Item>
            </Cell>
          )}
          {uses.has('peopleCovered') && (
            <Cell span={8}>
              <Form.Item name="peopleCovered" label={label.peopleCovered}>
                <InputNumber min={0} max={100_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Cell>
          )}
          <Cell span={24}>
            <Form.Item name="exclusive" valuePropName="checked" extra={ui.exclusiveHelp}>
              <Checkbox>{label.exclusive}</Checkbox>
            </Form.Item>
          </Cell>
          <Cell span={24}>
            <Form.Item name="remarks" label={label.remarks}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </Cell>
        </Row>
      </Form>
    </Modal>
  )
}
