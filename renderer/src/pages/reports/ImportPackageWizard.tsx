import { useState } from 'react'
import { Alert, App, Button, Progress, Result, Space, Steps, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ImportOutcome, PackageSummary } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText, fileErrorText } from '../../forms/serverIssues'
import { isPackageFileName, PackageDropZone, readPackageData } from './PackageDropZone'
import { saveText } from '../imports/saveFile'
import { PackageSummaryCard } from './PackageSummaryCard'
import { RowReport } from './RowReport'
import { AppliedCounts } from './TableCounts'

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
const STEP_INDEX = { file: 0, preview: 1, applying: 2, done: 3 }

/** 选择文件 → 核对预览 → 导入 → 回执: nothing is written before the user confirms. */
export function ImportPackageWizard() {
  const { message, modal } = App.useApp()
  const [stage, setStage] = useState<Stage>(START)

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

  function confirmApply() {
    if (stage.step !== 'preview') return
    const { file, summary, outcome } = stage
    modal.confirm({
      title: txt.confirmTitle,
      content: txt.confirmBody(summary.sender.code, summary.sender.name),
      okText: txt.apply,
      cancelText: txt.cancel,
      onOk: async () => {
        setStage({ step: 'applying', file, summary, outcome })
        try {
          const applied = await call('packages.import', { ...file, dryRun: false })
          if (applied.status === 'refused') {
            setStage({ step: 'file', busy: null, error: applied.reason, refusal: applied.receipt })
            return
          }
          setStage({ step: 'done', outcome: applied })
        } catch (e) {
          message.error(errorText(e))
          setStage({ step: 'preview', file, summary, outcome })
        }
      },
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
      {stage.step === 'applying' && (
        <div>
          <Typography.Text>{txt.applying}</Typography.Text>
          <Progress percent={99} status="active" showInfo={false} />
        </div>
      )}
      {stage.step === 'done' && <Receipt outcome={stage.outcome} onNext={() => setStage(START)} />}
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
