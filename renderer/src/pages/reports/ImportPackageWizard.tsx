import { useEffect, useRef, useState } from 'react'
import { Alert, App, Button, Progress, Result, Space, Steps, Typography } from 'antd'
import { DownloadOutlined, StopOutlined } from '@ant-design/icons'
import type { ImportOutcome, PackageSummary } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { ApiCallError, call } from '../../api/client'
import { progressPercent, useTaskProgress, type TaskProgress } from '../../api/useTaskProgress'
import { errorText, fileErrorText } from '../../forms/serverIssues'
import { isPackageFileName, PackageDropZone, readPackageData } from './PackageDropZone'
import { saveText } from '../imports/saveFile'
import { PackageSummaryCard } from './PackageSummaryCard'
import { RowReport } from './RowReport'
import { AppliedCounts, tableLabel } from './TableCounts'

const txt = t.reportsUi.importer

interface Picked {
  fileName: string
  data: string
}

type Stage =
  | {
      step: 'file'
      busy: string | null
      error: string | null
      /** A signed 已拒收 receipt, when the refusal is one the sender can act on (a gap). */
      refusal?: ImportOutcome['receipt']
    }
  | { step: 'preview'; file: Picked; summary: PackageSummary; outcome: ImportOutcome }
  | { step: 'applying'; file: Picked; summary: PackageSummary; outcome: ImportOutcome }
  | { step: 'done'; outcome: ImportOutcome }

const START: Stage = { step: 'file', busy: null, error: null }
/** The core's progress task of a package import (applyProgress.ts). */
const IMPORT_TASK = 'packageImport'
const STEP_INDEX = { file: 0, preview: 1, applying: 2, done: 3 }

/** 选择文件 → 核对预览 → 导入 → 回执: nothing is written before the user confirms. */
export function ImportPackageWizard() {
  const { message, modal } = App.useApp()
  const [stage, setStage] = useState<Stage>(START)
  const progress = useTaskProgress(IMPORT_TASK, stage.step === 'applying')
  // The apply under way, to cancel; also cancelled when the wizard is left.
  const jobRef = useRef<string | null>(null)
  useEffect(
    () => () => {
      if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
    },
    [],
  )
  function cancelApply() {
    if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
  }

  async function onFile(file: File) {
    if (!isPackageFileName(file.name)) {
      setStage({ step: 'file', busy: null, error: txt.wrongType(file.name) })
      return
    }
    setStage({ step: 'file', busy: txt.reading(file.name), error: null })
    try {
      const data = await readPackageData(file)
      const summary = await call('packages.verify', { data })
      const picked = { fileName: file.name, data }
      const outcome = await call('packages.import', { ...picked, dryRun: true })
      if (outcome.status === 'refused') {
        setStage({ step: 'file', busy: null, error: outcome.reason, refusal: outcome.receipt })
        return
      }
      setStage({ step: 'preview', file: picked, summary, outcome })
    } catch (e) {
      setStage({
        step: 'file',
        busy: null,
        error: fileErrorText(e),
      })
    }
  }

  async function apply(file: Picked, summary: PackageSummary, outcome: ImportOutcome) {
    setStage({ step: 'applying', file, summary, outcome })
    const jobId = crypto.randomUUID()
    jobRef.current = jobId
    try {
      const applied = await call('packages.import', { ...file, dryRun: false, jobId })
      if (applied.status === 'refused') {
        setStage({ step: 'file', busy: null, error: applied.reason, refusal: applied.receipt })
        return
      }
      setStage({ step: 'done', outcome: applied })
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') message.info(txt.applyCancelled)
      else message.error(errorText(e))
      setStage({ step: 'preview', file, summary, outcome })
    } finally {
      jobRef.current = null
    }
  }

  function confirmApply() {
    if (stage.step !== 'preview') return
    const { file, summary, outcome } = stage
    modal.confirm({
      title: txt.confirmTitle,
      content: txt.confirmBody(summary.sender.code, summary.sender.name),
      okText: txt.apply,
      cancelText: txt.cancel,
      // The dialog closes at once: the page behind it shows the rows being written, and 取消.
      onOk: () => void apply(file, summary, outcome),
    })
  }

  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      <Steps current={STEP_INDEX[stage.step]} items={txt.steps.map((title) => ({ title }))} />
      {stage.step === 'file' && (
        <>
          {stage.error && (
            <Alert
              type="error"
              showIcon
              title={txt.refused}
              description={stage.error}
              action={
                stage.refusal && (
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={() => saveText(stage.refusal!.fileName, stage.refusal!.signedText)}
                  >
                    {t.boardUi.refusalReceipt}
                  </Button>
                )
              }
            />
          )}
          <PackageDropZone
            busy={stage.busy}
            title={txt.dragTitle}
            hint={txt.dragHint}
            onFile={(file) => void onFile(file)}
          />
        </>
      )}
      {stage.step === 'applying' && <Applying progress={progress} onCancel={cancelApply} />}
      {(stage.step === 'preview' || stage.step === 'applying') && (
        <OutcomeView summary={stage.summary} outcome={stage.outcome} />
      )}
      {stage.step === 'preview' &&
        (stage.outcome.status === 'already-imported' ? (
          <Space orientation="vertical">
            <Alert
              type="info"
              showIcon
              title={txt.alreadyImported}
              description={stage.outcome.reason}
            />
            <Button onClick={() => setStage(START)}>{txt.restart}</Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={() => setStage(START)}>{txt.restart}</Button>
            <Button type="primary" onClick={confirmApply}>
              {txt.apply}
            </Button>
          </Space>
        ))}
      {stage.step === 'done' && <Receipt outcome={stage.outcome} onNext={() => setStage(START)} />}
    </Space>
  )
}

/** Rows written of the package's rows, the table under way, and 取消 until the commit. */
function Applying({ progress, onCancel }: { progress: TaskProgress | null; onCancel(): void }) {
  const part = progress?.part
  return (
    <Space orientation="vertical" style={{ width: '100%' }} aria-live="polite">
      <Typography.Text>
        {part ? txt.applyingTable(tableLabel(part.name), part.done, part.total) : txt.applying}
      </Typography.Text>
      <Progress percent={progressPercent(progress)} status="active" />
      {progress && (
        <Typography.Text type="secondary">
          {txt.applyingRows(progress.done, progress.total)}
        </Typography.Text>
      )}
      <Button icon={<StopOutlined />} onClick={onCancel}>
        {txt.cancelApply}
      </Button>
    </Space>
  )
}

function OutcomeView({ summary, outcome }: { summary: PackageSummary; outcome: ImportOutcome }) {
  const duplicates = outcome.rows.filter((r) => r.kind === 'duplicateId')
  const notAsSent = outcome.rows.filter((r) => r.kind !== 'duplicateId')
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PackageSummaryCard summary={summary} />
      {outcome.status === 'preview' && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.countsTitle}
          </Typography.Title>
          <AppliedCounts counts={outcome.counts} />
        </>
      )}
      {(outcome.warnings.length > 0 || summary.report.explanation) && (
        <Alert
          type="warning"
          showIcon
          title={txt.warningsTitle}
          description={
            <>
              {summary.report.explanation && (
                <div style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
                  {txt.explanation(summary.report.explanation)}
                </div>
              )}
              <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 200, overflow: 'auto' }}>
                {outcome.warnings.slice(0, 200).map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {duplicates.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.duplicatesTitle(duplicates.length)}
          </Typography.Title>
          <RowReport rows={duplicates} />
        </>
      )}
      {notAsSent.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {txt.rowsTitle(notAsSent.length)}
          </Typography.Title>
          <RowReport rows={notAsSent} />
        </>
      )}
    </Space>
  )
}

function Receipt({ outcome, onNext }: { outcome: ImportOutcome; onNext(): void }) {
  const receipt = outcome.receipt
  const save = () => receipt && saveText(receipt.fileName, receipt.signedText)
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Result
        status={receipt?.status === 'received' ? 'success' : 'warning'}
        title={txt.applied}
        subTitle={
          <>
            {receipt && <div>{t.packageStatus[receipt.status]}</div>}
            <div>{txt.receiptHint}</div>
          </>
        }
        extra={[
          <Button key="save" type="primary" icon={<DownloadOutlined />} onClick={save}>
            {txt.saveReceipt}
          </Button>,
          <Button key="next" onClick={onNext}>
            {txt.another}
          </Button>,
        ]}
      />
      <AppliedCounts counts={outcome.counts} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {txt.notAsSentTitle}
      </Typography.Title>
      {outcome.rows.length ? (
        <RowReport rows={outcome.rows} />
      ) : (
        <Typography.Text type="secondary">{txt.allTook}</Typography.Text>
      )}
    </Space>
  )
}
