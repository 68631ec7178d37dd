import { useEffect, useRef, useState } from 'react'
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Form,
  Progress,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Steps,
  Typography,
} from 'antd'
import { StopOutlined } from '@ant-design/icons'
import type { ExportedPackage, ExportPreview } from '../../../../shared/contract/packages'
import type { RelatedUnit } from '../../../../shared/contract/units'
import type { ReportingTask } from '../../../../shared/contract/downward'
import { t } from '../../../../shared/i18n'
import { ApiCallError, call } from '../../api/client'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { saveBase64 } from '../imports/saveFile'
import { suggestedPeriods } from './periods'
import { PreviewCounts } from './TableCounts'
import { usePackageProgress } from './usePackageProgress'
import { explanationOf, groupWarnings, ValidationStep } from './ValidationStep'

const txt = t.reportsUi.exporter
export const PACKAGE_MIME = 'application/octet-stream'

interface Choice {
  to: string
  period: string
  kind: 'full' | 'incremental'
}

type Stage =
  | { step: 'choose' }
  | { step: 'checks'; preview: ExportPreview }
  | { step: 'preview'; preview: ExportPreview }
  | { step: 'writing'; preview: ExportPreview }
  | { step: 'done'; file: ExportedPackage }

const STEP_INDEX = { choose: 0, checks: 1, preview: 2, writing: 3, done: 3 }

/** 选择上级单位 → 检查数据 → 预览 → 生成文件, the core deciding every figure. */
export function ExportWizard({ onList }: { onList(): void }) {
  const { message } = App.useApp()
  const [uppers, setUppers] = useState<RelatedUnit[] | null>(null)
  const [task, setTask] = useState<ReportingTask | null>(null)
  const [chosen, setChosen] = useState<Choice | null>(null)
  const [stage, setStage] = useState<Stage>({ step: 'choose' })
  const [busy, setBusy] = useState(false)
  const [reasons, setReasons] = useState<string[]>([])
  const [showMissing, setShowMissing] = useState(false)
  const [plain, setPlain] = useState(false)
  const percent = usePackageProgress(stage.step === 'writing')
  // The package being written, to cancel; also cancelled when the wizard is left.
  const jobRef = useRef<string | null>(null)
  useEffect(
    () => () => {
      if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
    },
    [],
  )

  useEffect(() => {
    // The upper unit's open task, if one came down: its period is the one to offer.
    // Without tasks the wizard still works: it suggests this year and last instead.
    Promise.all([call('units.overview', {}), call('downward.tasks', {}).catch(() => null)])
      .then(([o, tasks]) => {
        setTask(tasks?.next ?? null)
        setUppers(o.upper)
      })
      .catch((e: unknown) => {
        message.error(errorText(e))
        setUppers([])
      })
  }, [message])

  if (uppers === null) return <Spin />
  if (!uppers.length) {
    return (
      <Result
        status="info"
        title={txt.noUpper}
        subTitle={txt.noUpperDetail}
        extra={
          <Button type="primary" onClick={() => navigate('/settings/unit')}>
            {txt.toSettings}
          </Button>
        }
      />
    )
  }

  const groups = 'preview' in stage ? groupWarnings(stage.preview.report.warnings) : []

  async function check(values: Choice) {
    setBusy(true)
    try {
      const preview = await call('packages.exportPreview', values)
      setChosen(values)
      setReasons([])
      setShowMissing(false)
      setPlain(!preview.receiver.hasKey)
      setStage({ step: 'checks', preview })
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  function passChecks() {
    if (stage.step !== 'checks') return
    if (groups.some((_, i) => !reasons[i]?.trim())) {
      setShowMissing(true)
      return
    }
    setStage({ step: 'preview', preview: stage.preview })
  }

  async function generate() {
    if (stage.step !== 'preview' || !chosen) return
    const preview = stage.preview
    setStage({ step: 'writing', preview })
    const jobId = crypto.randomUUID()
    jobRef.current = jobId
    try {
      const file = await call('packages.export', {
        ...chosen,
        plain,
        ...(groups.length ? { explanation: explanationOf(groups, reasons) } : {}),
        jobId,
      })
      saveBase64(file.fileName, file.data, PACKAGE_MIME)
      setStage({ step: 'done', file })
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') message.info(txt.cancelled)
      else message.error(errorText(e))
      setStage({ step: 'preview', preview })
    } finally {
      jobRef.current = null
    }
  }

  function cancel() {
    if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
  }

  const receiver = 'preview' in stage ? stage.preview.receiver : null
  const unverified = receiver && receiver.hasKey && !receiver.verified && (
    <Alert type="warning" showIcon title={txt.unverified(receiver.code, receiver.name)} />
  )

  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      <Steps current={STEP_INDEX[stage.step]} items={txt.steps.map((title) => ({ title }))} />
      {stage.step === 'choose' && (
        <Form
          layout="vertical"
          style={{ maxWidth: 520 }}
          initialValues={
            chosen ?? {
              to: task?.issuer.code ?? uppers[0]!.code,
              period: task?.period ?? suggestedPeriods(new Date())[0],
              kind: 'incremental',
            }
          }
          onFinish={(v) => void check(v)}
        >
          <Form.Item name="to" label={txt.receiver} rules={[{ required: true }]}>
            <Select
              options={uppers.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="period"
            label={txt.period}
            extra={task ? t.downwardUi.taskHint(task.period, task.deadline) : txt.periodHint}
            rules={[{ required: true, whitespace: true, max: 40 }]}
          >
            <AutoComplete
              options={[
                ...new Set([...(task ? [task.period] : []), ...suggestedPeriods(new Date())]),
              ].map((value) => ({ value }))}
              filterOption={false}
            />
          </Form.Item>
          <Form.Item name="kind" label={txt.kind}>
            <Radio.Group
              options={[
                { value: 'incremental', label: txt.kindIncremental },
                { value: 'full', label: txt.kindFull },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {txt.next}
          </Button>
        </Form>
      )}
      {stage.step === 'checks' && (
        <>
          {unverified}
          <ValidationStep
            errors={stage.preview.report.errors}
            groups={groups}
            reasons={reasons}
            onReason={(i, text) =>
              setReasons((r) => {
                const next = [...r]
                next[i] = text
                return next
              })
            }
            showMissing={showMissing}
          />
          <Space>
            <Button onClick={() => setStage({ step: 'choose' })}>{txt.back}</Button>
            <Button
              type="primary"
              disabled={stage.preview.report.errors.length > 0}
              onClick={passChecks}
            >
              {txt.next}
            </Button>
          </Space>
        </>
      )}
      {(stage.step === 'preview' || stage.step === 'writing') && (
        <>
          {unverified}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.previewTitle(
              stage.preview.receiver.code,
              stage.preview.receiver.name,
              t.packageKind[stage.preview.kind],
            )}
            （{chosen?.period}）
          </Typography.Title>
          <Typography.Text type="secondary">
            {txt.range(stage.preview.range.from, stage.preview.range.to)}
          </Typography.Text>
          {stage.preview.tables.some((x) => x.rows || x.deleted) ? (
            <PreviewCounts tables={stage.preview.tables} />
          ) : (
            <Alert type="info" showIcon title={txt.nothing} />
          )}
          {stage.preview.receiver.hasKey ? (
            <Typography.Text>{txt.encryptedNote}</Typography.Text>
          ) : (
            <Alert type="warning" showIcon title={txt.noKey} />
          )}
          <Checkbox
            checked={plain}
            disabled={!stage.preview.receiver.hasKey || stage.step === 'writing'}
            onChange={(e) => setPlain(e.target.checked)}
          >
            {txt.plain}
          </Checkbox>
          {stage.step === 'writing' ? (
            <div>
              <Typography.Text>{txt.generating}</Typography.Text>
              <Progress percent={percent ?? 5} status="active" />
              <Button icon={<StopOutlined />} onClick={cancel}>
                {txt.cancel}
              </Button>
            </div>
          ) : (
            <Space>
              <Button onClick={() => setStage({ step: 'checks', preview: stage.preview })}>
                {txt.back}
              </Button>
              <Button type="primary" onClick={() => void generate()}>
                {txt.generate}
              </Button>
            </Space>
          )}
        </>
      )}
      {stage.step === 'done' && (
        <Result
          status="success"
          title={txt.done}
          subTitle={
            <Space orientation="vertical" size={4}>
              <span>
                {txt.doneDetail(stage.file.fileName, (stage.file.bytes / 1024).toFixed(1))}
              </span>
              {stage.file.encrypted ? (
                <Typography.Text type="success">{txt.doneEncrypted}</Typography.Text>
              ) : (
                <Typography.Text type="warning">{txt.donePlain}</Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {txt.sha(stage.file.sha256)}
              </Typography.Text>
            </Space>
          }
          extra={[
            <Button
              key="save"
              onClick={() => saveBase64(stage.file.fileName, stage.file.data, PACKAGE_MIME)}
            >
              {txt.saveAgain}
            </Button>,
            <Button key="list" onClick={onList}>
              {txt.toList}
            </Button>,
            <Button key="again" type="primary" onClick={() => setStage({ step: 'choose' })}>
              {txt.again}
            </Button>,
          ]}
        />
      )}
    </Space>
  )
}
