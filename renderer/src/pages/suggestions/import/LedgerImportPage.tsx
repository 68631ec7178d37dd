import { useState } from 'react'
import { Alert, App, Button, Card, Progress, Result, Space, Steps, Typography } from 'antd'
import { StopOutlined } from '@ant-design/icons'
import type {
  LedgerImportPreview,
  LedgerImportResult,
  LedgerRowReport,
  LedgerSheetReport,
  SubmitterPick,
} from '../../../../../shared/contract/suggestionImport'
import { IMPORT_MAX_BASE64 } from '../../../../../shared/contract/imports'
import { t } from '../../../../../shared/i18n'
import { ApiCallError, call } from '../../../api/client'
import { progressPercent } from '../../../api/useTaskProgress'
import { readFileBase64 } from '../../../attachments/fileBase64'
import { FileDropZone } from '../../../files/FileDropZone'
import { errorText, fileErrorText } from '../../../forms/serverIssues'
import { navigate } from '../../../router/hashRoute'
import { withColumnField } from '../../imports/mapping'
import { useImportJob } from '../../imports/useImportJob'
import { useImportProgress } from '../../imports/useImportProgress'
import { PageTitle } from '../../PageTitle'
import { LedgerPreview, pickKey } from './LedgerPreview'

const txt = t.suggestionImport.ui
const MAX_MB = 50

type Picks = Map<string, Map<number, string>>
type Stage =
  | { step: 'file'; busy: string | null; error: string | null }
  | {
      step: 'preview'
      preview: LedgerImportPreview
      sheets: LedgerSheetReport[]
      remapping: boolean
    }
  | { step: 'applying'; preview: LedgerImportPreview; sheets: LedgerSheetReport[] }
  | { step: 'result'; result: LedgerImportResult }

const START: Stage = { step: 'file', busy: null, error: null }
const STEP_INDEX = { file: 0, preview: 1, applying: 1, result: 2 }

const mappingOf = (sheets: LedgerSheetReport[]) =>
  sheets
    .filter((s) => s.status === 'read' && s.columns.length > 0)
    .map((s) => ({
      sheet: s.name,
      columns: s.columns.map((c) => ({ index: c.index, field: c.field })),
    }))

function picksOf(picks: Picks, rows: LedgerRowReport[]): SubmitterPick[] {
  return rows.flatMap((r) =>
    [...(picks.get(pickKey(r)) ?? new Map<number, string>())].map(([index, personId]) => ({
      sheet: r.sheet,
      row: r.row,
      index,
      personId,
    })),
  )
}

const cancelled = (e: unknown) => e instanceof ApiCallError && e.code === 'CANCELLED'

/** 导入台账: an office's existing 建言献策台账 → 核对预览 (mapping, per-row problems, picks) → 结果. */
export function LedgerImportPage() {
  const { message, modal } = App.useApp()
  const [stage, setStage] = useState<Stage>(START)
  const [picks, setPicks] = useState<Picks>(new Map())
  const progress = useImportProgress(stage.step === 'applying')
  const {
    tokenRef,
    stoppedJobRef,
    cancelling: stopping,
    newJob,
    cancelJob: stop,
  } = useImportJob((token) => call('suggestions.importDiscard', { token }))

  async function onFile(file: File) {
    if (!/\.(xlsx|xlsm|xls|csv|txt|xml|html?)$/i.test(file.name)) {
      setStage({ step: 'file', busy: null, error: txt.wrongType(file.name) })
      return
    }
    setStage({ step: 'file', busy: txt.reading(file.name), error: null })
    // Named before the file is read, so that 取消 pressed meanwhile stops it too.
    const jobId = newJob()
    const stopped = () => stoppedJobRef.current === jobId
    try {
      const data = await readFileBase64(file)
      if (data.length > IMPORT_MAX_BASE64) throw new Error(t.importsUi.wizard.tooLarge(MAX_MB))
      if (stopped()) throw new ApiCallError({ code: 'CANCELLED', message: txt.cancelled })
      const preview = await call('suggestions.importPreview', { fileName: file.name, data, jobId })
      if (stopped()) {
        void call('suggestions.importDiscard', { token: preview.token }).catch(() => {})
        throw new ApiCallError({ code: 'CANCELLED', message: txt.cancelled })
      }
      tokenRef.current = preview.token
      setPicks(new Map())
      setStage({ step: 'preview', preview, sheets: preview.sheets, remapping: false })
    } catch (e) {
      if (cancelled(e)) setStage(START)
      else setStage({ step: 'file', busy: null, error: fileErrorText(e) })
    }
  }

  async function onField(
    sheet: string,
    index: number,
    field: LedgerSheetReport['columns'][number]['field'],
  ) {
    if (stage.step !== 'preview') return
    const sheets = withColumnField(stage.sheets, sheet, index, field)
    setStage({ ...stage, sheets, remapping: true })
    try {
      const preview = await call('suggestions.importRemap', {
        token: stage.preview.token,
        mapping: mappingOf(sheets),
        jobId: newJob(),
      })
      setStage({ step: 'preview', preview, sheets: preview.sheets, remapping: false })
    } catch (e) {
      message.error(errorText(e))
      setStage({ ...stage, remapping: false })
    }
  }

  function onPick(row: LedgerRowReport, index: number, personId: string | null) {
    const next: Picks = new Map(picks)
    const mine = new Map(next.get(pickKey(row)) ?? [])
    if (personId) mine.set(index, personId)
    else mine.delete(index)
    next.set(pickKey(row), mine)
    setPicks(next)
  }

  function confirm() {
    if (stage.step !== 'preview') return
    const { preview, sheets } = stage
    modal.confirm({
      title: txt.confirmTitle,
      content: txt.confirmContent(preview.counts.create),
      okText: txt.confirm,
      onOk: () => void apply(preview, sheets),
    })
  }

  async function apply(preview: LedgerImportPreview, sheets: LedgerSheetReport[]) {
    setStage({ step: 'applying', preview, sheets })
    try {
      const result = await call('suggestions.importApply', {
        token: preview.token,
        mapping: mappingOf(sheets),
        picks: picksOf(picks, preview.rows),
        jobId: newJob(),
      })
      tokenRef.current = null
      setStage({ step: 'result', result })
    } catch (e) {
      if (cancelled(e)) message.info(txt.cancelled)
      else modal.error({ title: txt.confirmTitle, content: errorText(e) })
      setStage({ step: 'preview', preview, sheets, remapping: false })
    }
  }

  function restart() {
    if (tokenRef.current)
      void call('suggestions.importDiscard', { token: tokenRef.current }).catch(() => {})
    tokenRef.current = null
    setStage(START)
  }

  return (
    <div style={{ maxWidth: 1500 }}>
      <PageTitle back={{ label: t.nav.suggestions, onClick: () => navigate('/suggestions') }}>
        {txt.pageTitle}
      </PageTitle>
      <Steps
        size="small"
        current={STEP_INDEX[stage.step]}
        status={stage.step === 'result' ? 'finish' : 'process'}
        style={{ marginBottom: 16, maxWidth: 720 }}
        items={[
          { title: txt.steps.file },
          { title: txt.steps.preview },
          { title: txt.steps.result },
        ]}
      />
      {stage.step === 'file' && (
        <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
          <Typography.Paragraph type="secondary">{txt.intro}</Typography.Paragraph>
          {stage.error && <Alert type="error" showIcon title={stage.error} />}
          <FileDropZone
            accept=".xlsx,.xlsm,.xls,.csv,.txt,.xml,.htm,.html"
            busy={stage.busy}
            title={txt.pageTitle}
            hint={txt.dropHint}
            onFile={(f) => void onFile(f)}
          />
          {stage.busy !== null && (
            <Button icon={<StopOutlined />} onClick={stop}>
              {txt.cancel}
            </Button>
          )}
        </Space>
      )}
      {stage.step === 'preview' && (
        <LedgerPreview
          preview={stage.preview}
          sheets={stage.sheets}
          remapping={stage.remapping}
          picks={picks}
          onField={(sheet, index, field) => void onField(sheet, index, field)}
          onPick={onPick}
          onConfirm={confirm}
          onCancel={restart}
        />
      )}
      {stage.step === 'applying' && (
        <Card>
          <Typography.Title level={5}>{txt.running}</Typography.Title>
          <Progress aria-label={txt.running} percent={progressPercent(progress)} status="active" />
          {progress && (
            <Typography.Text type="secondary">
              {txt.progress(progress.done, progress.total)}
            </Typography.Text>
          )}
          <div style={{ marginTop: 16 }}>
            <Button icon={<StopOutlined />} loading={stopping} onClick={stop}>
              {stopping ? txt.stopping : txt.stop}
            </Button>
          </div>
        </Card>
      )}
      {stage.step === 'result' && (
        <Card>
          <Result
            status="success"
            title={txt.doneTitle(stage.result.createdIds.length)}
            subTitle={txt.doneSub(
              stage.result.counts.duplicate + stage.result.counts.repeated,
              stage.result.counts.rejected,
            )}
            extra={
              <Space wrap>
                <Button type="primary" onClick={() => navigate('/suggestions')}>
                  {txt.viewList}
                </Button>
                <Button onClick={() => setStage(START)}>{txt.importAnother}</Button>
              </Space>
            }
          />
        </Card>
      )}
    </div>
  )
}
