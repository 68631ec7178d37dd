import { useRef, useState } from 'react'
import { App, Button, Card, Progress, Result, Space, Steps, Typography } from 'antd'
import { FileExcelOutlined, StopOutlined } from '@ant-design/icons'
import type {
  ImportField,
  ImportPreview,
  ImportResult,
  ImportSheetReport,
} from '../../../../shared/contract/imports'
import type { SessionInfo } from '../../../../shared/contract'
import { IMPORT_MAX_BASE64 } from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'
import { ApiCallError, call } from '../../api/client'
import { errorText, fileErrorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { readFileBase64 } from '../../attachments/fileBase64'
import { offerDemoClear } from '../persons/common/offerDemoClear'
import { FileStep } from './FileStep'
import { ImportCountsBar } from './ImportCountsBar'
import { mappingOf, withColumnField } from './mapping'
import { PreviewStep, RowTabs } from './PreviewStep'
import { saveBase64 } from './saveFile'
import { useImportJob } from './useImportJob'
import { useImportProgress } from './useImportProgress'
import { progressPercent } from '../../api/useTaskProgress'

const txt = t.importsUi
const MAX_MB = 50

type Stage =
  | { step: 'file'; busy: string | null; error: string | null }
  | {
      step: 'preview'
      preview: ImportPreview
      sheets: ImportSheetReport[]
      remapping: boolean
      datesConfirmed: boolean
    }
  | { step: 'applying'; preview: ImportPreview }
  | { step: 'result'; result: ImportResult; token: string }

const START: Stage = { step: 'file', busy: null, error: null }
const STEP_INDEX = { file: 0, preview: 1, applying: 1, result: 2 }

/** 选择文件 → 核对预览 (mapping editable) → 导入结果, with the core doing all the reading. */
export function ImportWizard({ session, onHistory }: { session: SessionInfo; onHistory(): void }) {
  const { message, modal } = App.useApp()
  const [stage, setStage] = useState<Stage>(START)
  // Each remap answers for the mapping it was sent; only the latest one is shown.
  const remapSeq = useRef(0)
  const progress = useImportProgress(stage.step === 'applying')
  const { tokenRef, stoppedJobRef, cancelling, newJob, cancelJob } = useImportJob((token) =>
    call('imports.discard', { token }),
  )

  async function onFile(file: File) {
    if (!/\.(xlsx|xlsm|csv|txt|xls|et|xlsb|ods|fods|numbers|xml|html?)$/i.test(file.name)) {
      setStage({ step: 'file', busy: null, error: txt.wizard.wrongType(file.name) })
      return
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      setStage({ step: 'file', busy: null, error: txt.wizard.tooLarge(MAX_MB) })
      return
    }
    setStage({ step: 'file', busy: txt.wizard.reading(file.name), error: null })
    const jobId = newJob()
    const stopped = () => stoppedJobRef.current === jobId
    try {
      const data = await readFileBase64(file)
      if (stopped())
        throw new ApiCallError({ code: 'CANCELLED', message: txt.wizard.readCancelled })
      if (data.length > IMPORT_MAX_BASE64) throw new Error(txt.wizard.tooLarge(MAX_MB))
      const preview = await call('imports.preview', { fileName: file.name, data, jobId })
      if (stopped()) {
        void call('imports.discard', { token: preview.token }).catch(() => {})
        throw new ApiCallError({ code: 'CANCELLED', message: txt.wizard.readCancelled })
      }
      tokenRef.current = preview.token
      setStage({ ...shown(preview), datesConfirmed: false })
    } catch (e) {
      if (wasCancelled(e)) {
        message.info(txt.wizard.readCancelled)
        setStage(START)
        return
      }
      setStage({
        step: 'file',
        busy: null,
        error: fileErrorText(e),
      })
    }
  }

  const shown = (preview: ImportPreview) => ({
    step: 'preview' as const,
    preview,
    sheets: preview.sheets,
    remapping: false,
  })

  function onField(sheet: string, index: number, field: ImportField | null) {
    if (stage.step !== 'preview') return
    void remap(withColumnField(stage.sheets, sheet, index, field))
  }

  function onTownship(sheet: string, on: boolean) {
    if (stage.step !== 'preview') return
    void remap(
      stage.sheets.map((s) =>
        s.name === sheet && s.sheetTownship
          ? { ...s, sheetTownship: { ...s.sheetTownship, applied: on } }
          : s,
      ),
    )
  }

  // The readings to confirm depend on the file and its columns: a new preview asks again.
  async function remap(sheets: ImportSheetReport[], encoding?: 'UTF-8' | 'GB18030') {
    if (stage.step !== 'preview') return
    const seq = ++remapSeq.current
    setStage({ ...stage, sheets, remapping: true })
    try {
      // Only the latest mapping matters: the remap before it stops reading.
      cancelJob()
      const preview = await call('imports.remap', {
        token: stage.preview.token,
        mapping: mappingOf(sheets),
        jobId: newJob(),
        ...(encoding ? { encoding } : {}),
      })
      if (seq !== remapSeq.current) return
      setStage({ ...shown(preview), datesConfirmed: false })
    } catch (e) {
      if (seq !== remapSeq.current) return
      message.error(errorText(e))
      // The core kept the last mapping it accepted: show that one again.
      setStage({ ...stage, remapping: false })
    }
  }

  // The preview stays in the core after the import, so its error report can still be saved.
  async function errorReport(token: string) {
    try {
      const f = await call('imports.errorReport', { token })
      saveBase64(f.fileName, f.data)
      message.success(txt.preview.errorReportSaved(f.fileName))
    } catch (e) {
      message.error(errorText(e))
    }
  }

  function confirm() {
    if (stage.step !== 'preview') return
    const { preview, sheets } = stage
    modal.confirm({
      title: txt.apply.confirmTitle,
      content: txt.apply.confirmContent(preview.counts, preview.counts.rejected),
      okText: txt.apply.ok,
      onOk: () => void apply(preview, sheets),
    })
  }

  async function apply(preview: ImportPreview, sheets: ImportSheetReport[]) {
    setStage({ step: 'applying', preview })
    try {
      const result = await call('imports.apply', {
        token: preview.token,
        mapping: mappingOf(sheets),
        jobId: newJob(),
      })
      tokenRef.current = null
      setStage({ step: 'result', result, token: preview.token })
      void offerDemoClear(session, result.counts.created, { message, modal }).catch(() => undefined)
    } catch (e) {
      // Cancelled: the preview still stands, to be applied later or left.
      if (wasCancelled(e)) message.info(txt.apply.cancelled)
      else modal.error({ title: txt.apply.failed, content: errorText(e) })
      setStage({ step: 'preview', preview, sheets, remapping: false, datesConfirmed: true })
    }
  }

  function cancel() {
    if (tokenRef.current) void call('imports.discard', { token: tokenRef.current }).catch(() => {})
    tokenRef.current = null
    setStage(START)
  }

  return (
    <div>
      <Steps
        size="small"
        current={STEP_INDEX[stage.step]}
        status={stage.step === 'result' ? 'finish' : 'process'}
        style={{ marginBottom: 16, maxWidth: 720 }}
        items={[
          { title: txt.wizard.steps.file },
          { title: txt.wizard.steps.preview },
          { title: txt.wizard.steps.result },
        ]}
      />
      {stage.step === 'file' && (
        <FileStep
          busy={stage.busy}
          error={stage.error}
          onFile={(f) => void onFile(f)}
          onCancel={cancelJob}
        />
      )}
      {stage.step === 'preview' && (
        <PreviewStep
          preview={stage.preview}
          sheets={stage.sheets}
          remapping={stage.remapping}
          onField={onField}
          onTownship={onTownship}
          onEncoding={(encoding) => void remap(stage.sheets, encoding)}
          datesConfirmed={stage.datesConfirmed}
          onDatesConfirmed={(datesConfirmed) => setStage({ ...stage, datesConfirmed })}
          onErrorReport={() => void errorReport(stage.preview.token)}
          onConfirm={confirm}
          onCancel={cancel}
        />
      )}
      {stage.step === 'applying' && (
        <Card>
          <Typography.Title level={5}>{txt.apply.running}</Typography.Title>
          <Progress
            aria-label={txt.apply.running}
            // 100 only with the result: the rows come first, their search rows after.
            percent={progressPercent(progress)}
            status="active"
          />
          {progress && (
            <Typography.Text type="secondary">
              {progress.done >= progress.total
                ? txt.apply.finishing
                : txt.apply.progress(progress.done, progress.total)}
            </Typography.Text>
          )}
          <div style={{ marginTop: 16 }}>
            <Button icon={<StopOutlined />} loading={cancelling} onClick={cancelJob}>
              {cancelling ? txt.apply.cancelling : txt.apply.cancel}
            </Button>
          </div>
        </Card>
      )}
      {stage.step === 'result' && (
        <Card>
          <Result
            status="success"
            title={txt.apply.doneTitle(stage.result.counts)}
            subTitle={txt.apply.doneSub(
              stage.result.batchId,
              stage.result.counts.rejected + stage.result.counts.duplicates,
            )}
            extra={
              <Space wrap>
                <Button type="primary" onClick={() => navigate('/persons')}>
                  {txt.apply.viewPersons}
                </Button>
                <Button onClick={() => setStage(START)}>{txt.apply.importAnother}</Button>
                <Button onClick={onHistory}>{txt.apply.viewHistory}</Button>
                {stage.result.counts.rejected + stage.result.counts.duplicates > 0 && (
                  <Button
                    icon={<FileExcelOutlined />}
                    onClick={() => void errorReport(stage.token)}
                  >
                    {txt.preview.errorReport}
                  </Button>
                )}
              </Space>
            }
          >
            <ImportCountsBar counts={stage.result.counts} />
          </Result>
          <RowTabs rows={stage.result.rows} truncated={stage.result.rowsTruncated} />
        </Card>
      )}
    </div>
  )
}

function wasCancelled(e: unknown): boolean {
  return e instanceof ApiCallError && e.code === 'CANCELLED'
}
