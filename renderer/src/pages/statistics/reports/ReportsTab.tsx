import { useCallback, useMemo, useState } from 'react'
import { App, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Tag } from 'antd'
import {
  CopyOutlined,
  DeleteOutlined,
  FileExcelOutlined,
  LockOutlined,
  PlusOutlined,
  PrinterOutlined,
  SaveOutlined,
} from '@ant-design/icons'
import type { SessionInfo } from '../../../../../shared/contract'
import type {
  LockedReportSummary,
  ReportTemplate,
  ReportTemplateSummary,
} from '../../../../../shared/contract/reports'
import { periodLabel } from '../../../../../shared/documents/yearReport'
import { t } from '../../../../../shared/i18n'
import { reportColumnNames } from '../../../../../shared/i18n/reports'
import { REPORT_COLUMNS, type ReportColumn } from '../../../../../shared/reports/template'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { errorText } from '../../../forms/serverIssues'
import { reportPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'
import { saveExport } from '../../imports/export/saveExport'
import { canWrite } from '../../persons/common/access'
import { toDraft, toSpec, withKey, type EditorDraft } from './editorRows'
import { IndicatorPicker } from './IndicatorPicker'
import { LockedReports } from './LockedReports'
import { ReportPreview } from './ReportPreview'
import { TemplateRowsEditor } from './TemplateRowsEditor'
import { usePeriodPicker } from './usePeriodPicker'
import { useReportPreview } from './useReportPreview'

const txt = t.reportsTemplatesUi
const NEW_ID = 'new'
const NO_TEMPLATES: ReportTemplateSummary[] = []
const NO_LOCKS: LockedReportSummary[] = []
const fetchTemplates = () => call('reports.templates', {})
const fetchLocked = () => call('reports.locked', {})

/**
 * 年度报表: pick a template and a period, edit the template (rows of indicators, columns,
 * notes) with a live preview of the period's figures, then print, export or lock the report.
 * Self-contained: the 统计 page mounts it as a tab.
 */
export function ReportsTab({
  session,
  units,
}: {
  session: SessionInfo
  /** At an upper unit: the report of these units only (填报单位 follows); none locks. */
  units: string[] | undefined
}) {
  const { message, modal } = App.useApp()
  const writer = canWrite(session)
  const { period, key: periodKey, picker } = usePeriodPicker()
  const templatesQ = useLoaded(fetchTemplates, NO_TEMPLATES)
  const lockedQ = useLoaded(fetchLocked, NO_LOCKS)
  const templates = templatesQ.data
  const [chosen, setChosen] = useState<string | null>(null)
  const [fresh, setFresh] = useState<EditorDraft | null>(null)
  const chosenId = chosen ?? templates.find((x) => x.isDefault)?.id ?? templates[0]?.id ?? null
  const fetchTemplate = useCallback(
    () => (chosenId ? call('reports.template', { id: chosenId }) : Promise.resolve(null)),
    [chosenId],
  )
  const templateQ = useLoaded(fetchTemplate, null)
  const stored = templateQ.data && templateQ.data.id === chosenId ? templateQ.data : null
  // A template not saved yet (新建 / 复制) stands in for the stored one until it is saved.
  const saved: ReportTemplate | null = fresh
    ? { ...toSpec(fresh), id: NEW_ID, isDefault: false, updatedAt: '', updatedBy: null }
    : stored
  const savedDraft = useMemo(() => fresh ?? (stored ? toDraft(stored) : null), [fresh, stored])
  const [edit, setEdit] = useState<{ base: string; draft: EditorDraft } | null>(null)
  const baseKey = saved ? `${saved.id}@${saved.updatedAt}` : ''
  const draft = edit && edit.base === baseKey ? edit.draft : savedDraft
  const setDraft = (next: (d: EditorDraft) => EditorDraft) =>
    draft && setEdit({ base: baseKey, draft: next(draft) })

  const spec = useMemo(() => (draft ? toSpec(draft) : null), [draft])
  const specJson = spec ? JSON.stringify(spec) : ''
  const dirty = savedDraft !== null && specJson !== JSON.stringify(toSpec(savedDraft))
  const preview = useReportPreview(spec, period, units)
  const scope = units ? { units } : {}
  const fail = (e: unknown) => message.error(errorText(e))
  const [busy, setBusy] = useState<string | null>(null)

  async function reloadAll(select: string | null) {
    setFresh(null)
    setEdit(null)
    setChosen(select)
    await Promise.all([templatesQ.reload(), lockedQ.reload()])
  }

  async function run(what: string, task: () => Promise<void>) {
    setBusy(what)
    try {
      await task()
    } catch (e) {
      fail(e)
    } finally {
      setBusy(null)
    }
  }

  const save = () =>
    run('save', async () => {
      const r = await call('reports.saveTemplate', {
        ...(saved && saved.id !== NEW_ID ? { id: saved.id, updatedAt: saved.updatedAt } : {}),
        template: spec!,
      })
      message.success(txt.saved(r.name))
      await reloadAll(r.id)
    })

  const startNew = (from: EditorDraft | null) => {
    const name = from ? txt.copyName(from.name) : txt.newTemplateName
    setEdit(null)
    setFresh(
      from
        ? { ...from, name, rows: from.rows.map(({ key: _k, ...r }) => withKey(r)) }
        : { name, title: name, rows: [], columns: ['current', 'lastYear', 'change'], notes: [] },
    )
  }

  const remove = () =>
    modal.confirm({
      title: txt.deleteConfirm(saved!.name),
      okButtonProps: { danger: true },
      onOk: () =>
        run('delete', async () => {
          await call('reports.deleteTemplate', { id: saved!.id })
          message.success(txt.deleted(saved!.name))
          await reloadAll(null)
        }),
    })

  const exportReport = (
    source: { templateId: string; period: typeof period; units?: string[] } | { lockedId: string },
  ) =>
    run('export', async () => {
      const r = await call('reports.export', source)
      const done = saveExport(r)
      if (done.saved) message.success(txt.exported(r.fileName))
      else modal.info({ title: txt.exported(r.fileName), content: txt.savedAt(done.path) })
    })

  const lock = () =>
    modal.confirm({
      title: txt.lock,
      content: txt.lockConfirm(saved!.name, periodLabel(period)),
      onOk: () =>
        run('lock', async () => {
          await call('reports.lock', { templateId: saved!.id, period })
          message.success(txt.lockedDone(periodLabel(period)))
          await lockedQ.reload()
        }),
    })

  const isNew = saved?.id === NEW_ID
  const storedId = saved && !isNew ? saved.id : null
  const used = new Set(
    draft?.rows.flatMap((r) => (r.kind === 'indicator' ? [r.indicatorId] : [])) ?? [],
  )
  const setField = <K extends keyof EditorDraft>(k: K, v: EditorDraft[K]) =>
    setDraft((d) => ({ ...d, [k]: v }))

  return (
    <div data-testid="reports-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={txt.template}
          style={{ minWidth: 320 }}
          value={storedId ?? undefined}
          placeholder={draft?.name}
          onChange={(id: string) => {
            setFresh(null)
            setChosen(id)
          }}
          options={templates.map((x) => ({
            value: x.id,
            label: (
              <span>
                {x.name} {x.isDefault && <Tag color="gold">{txt.defaultMark}</Tag>}
              </span>
            ),
          }))}
        />
        {picker}
        <Button
          icon={<PrinterOutlined />}
          disabled={!storedId || dirty}
          onClick={() => navigate(reportPrintPath(storedId!, periodKey, units?.[0]))}
        >
          {txt.print}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!storedId || dirty}
          loading={busy === 'export'}
          onClick={() => void exportReport({ templateId: storedId!, period, ...scope })}
        >
          {txt.export}
        </Button>
        {writer && (
          <Button
            icon={<LockOutlined />}
            // What is locked is what goes upward: the whole unit's figures.
            disabled={!storedId || dirty || !!units}
            loading={busy === 'lock'}
            onClick={lock}
          >
            {txt.lock}
          </Button>
        )}
      </Space>
      {dirty && !isNew && (
        <Tag color="orange" style={{ marginBottom: 12 }}>
          {txt.unsaved}
        </Tag>
      )}
      {draft && (
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <Card size="small">
              <Form layout="vertical" disabled={!writer}>
                <Row gutter={12}>
                  <Col span={10}>
                    <Form.Item label={txt.fields.name}>
                      <Input
                        aria-label={txt.fields.name}
                        value={draft.name}
                        maxLength={40}
                        onChange={(e) => setField('name', e.target.value)}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={14}>
                    <Form.Item label={txt.fields.title}>
                      <Input
                        aria-label={txt.fields.title}
                        value={draft.title}
                        maxLength={80}
                        onChange={(e) => setField('title', e.target.value)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label={txt.fields.columns}>
                  <Checkbox.Group
                    value={draft.columns}
                    onChange={(v) =>
                      v.length > 0 &&
                      setField(
                        'columns',
                        REPORT_COLUMNS.filter((c) => (v as ReportColumn[]).includes(c)),
                      )
                    }
                    options={REPORT_COLUMNS.map((c) => ({ value: c, label: reportColumnNames[c] }))}
                  />
                </Form.Item>
              </Form>
              <TemplateRowsEditor
                rows={draft.rows}
                readOnly={!writer}
                onChange={(rows) => setField('rows', rows)}
              />
              <Form layout="vertical" disabled={!writer} style={{ marginTop: 12 }}>
                <Form.Item label={txt.fields.notes}>
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    aria-label={txt.fields.notes}
                    value={draft.notes.join('\n')}
                    onChange={(e) => setField('notes', e.target.value.split('\n'))}
                  />
                </Form.Item>
              </Form>
              {writer && (
                <Space wrap>
                  <Button
                    type="primary"
                    icon={<SaveOutlined />}
                    loading={busy === 'save'}
                    disabled={!dirty && !isNew}
                    onClick={() => void save()}
                  >
                    {txt.save}
                  </Button>
                  <Button icon={<PlusOutlined />} onClick={() => startNew(null)}>
                    {txt.newTemplate}
                  </Button>
                  <Button icon={<CopyOutlined />} onClick={() => startNew(draft)}>
                    {txt.copyTemplate}
                  </Button>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    disabled={!storedId || saved?.isDefault}
                    onClick={remove}
                  >
                    {txt.delete}
                  </Button>
                </Space>
              )}
            </Card>
          </Col>
          {writer && (
            <Col xs={24} xl={8}>
              <Card size="small">
                <IndicatorPicker
                  used={used}
                  onAdd={(d) =>
                    setField('rows', [
                      ...draft.rows,
                      withKey({ kind: 'indicator', indicatorId: d.id, indent: 0 }),
                    ])
                  }
                />
              </Card>
            </Col>
          )}
        </Row>
      )}
      <Card size="small" style={{ marginTop: 16 }}>
        <ReportPreview report={preview.report} loading={preview.loading} />
      </Card>
      <Card size="small" style={{ marginTop: 16 }}>
        <LockedReports
          items={lockedQ.data}
          onExport={(id) => void exportReport({ lockedId: id })}
        />
      </Card>
    </div>
  )
}
