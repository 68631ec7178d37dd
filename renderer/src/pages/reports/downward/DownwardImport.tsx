import { useState } from 'react'
import { Alert, App, Button, Descriptions, Space, Typography } from 'antd'
import type { DownwardOutcome } from '../../../../../shared/contract/downward'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { isPackageFileName, PackageDropZone, readPackageData } from '../PackageDropZone'
import { errorText, fileErrorText } from '../../../forms/serverIssues'

const txt = t.downwardUi.import

type Stage =
  | { step: 'file'; busy: string | null; error: string | null }
  | { step: 'preview'; file: { fileName: string; data: string }; outcome: DownwardOutcome }
  | { step: 'done'; outcome: DownwardOutcome }

const START: Stage = { step: 'file', busy: null, error: null }

/** 选择文件 → 预览 → 导入: the core verifies and previews; nothing is written before 导入. */
export function DownwardImport({ onApplied }: { onApplied(): void }) {
  const { modal, message } = App.useApp()
  const [stage, setStage] = useState<Stage>(START)

  async function onFile(file: File) {
    if (!isPackageFileName(file.name)) {
      setStage({ step: 'file', busy: null, error: txt.wrongType(file.name) })
      return
    }
    setStage({ step: 'file', busy: txt.reading(file.name), error: null })
    try {
      const data = await readPackageData(file)
      const picked = { fileName: file.name, data }
      const outcome = await call('downward.import', { ...picked, dryRun: true })
      if (outcome.status === 'refused') {
        setStage({ step: 'file', busy: null, error: outcome.reason })
        return
      }
      setStage({ step: 'preview', file: picked, outcome })
    } catch (e) {
      setStage({ step: 'file', busy: null, error: fileErrorText(e) })
    }
  }

  function confirm() {
    if (stage.step !== 'preview') return
    const { file, outcome } = stage
    modal.confirm({
      title: txt.confirmTitle,
      content: txt.confirmBody(outcome.sender?.code ?? '', outcome.sender?.name ?? ''),
      okText: txt.apply,
      cancelText: txt.cancel,
      onOk: async () => {
        try {
          const applied = await call('downward.import', { ...file, dryRun: false })
          if (applied.status === 'refused') {
            setStage({ step: 'file', busy: null, error: applied.reason })
            return
          }
          setStage({ step: 'done', outcome: applied })
          onApplied()
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  return (
    <div>
      <Typography.Title level={5}>{txt.title}</Typography.Title>
      {stage.step === 'file' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {stage.error && (
            <Alert type="error" showIcon title={txt.refused} description={stage.error} />
          )}
          <PackageDropZone
            busy={stage.busy}
            title={txt.dragTitle}
            hint={txt.dragHint}
            onFile={(file) => void onFile(file)}
          />
        </Space>
      )}
      {stage.step !== 'file' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <OutcomeView outcome={stage.outcome} />
          {stage.step === 'preview' && stage.outcome.status === 'preview' && (
            <Space>
              <Button onClick={() => setStage(START)}>{txt.cancel}</Button>
              <Button type="primary" onClick={confirm}>
                {txt.apply}
              </Button>
            </Space>
          )}
          {(stage.step === 'done' || stage.outcome.status === 'already-imported') && (
            <Button onClick={() => setStage(START)}>{txt.another}</Button>
          )}
        </Space>
      )}
    </div>
  )
}

function OutcomeView({ outcome }: { outcome: DownwardOutcome }) {
  const sender = outcome.sender ?? { code: '', name: '' }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {outcome.status === 'applied' && <Alert type="success" showIcon title={txt.applied} />}
      {outcome.status === 'already-imported' && (
        <Alert type="info" showIcon title={txt.already} description={outcome.reason} />
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        title={txt.previewTitle(sender.code, sender.name)}
        items={[
          ...Object.entries(outcome.counts).map(([part, c]) => ({
            key: part,
            label: t.downwardUi.parts[part] ?? part,
            children: t.downwardUi.partCount(c.applied, c.skipped),
          })),
          ...(outcome.minAppVersion
            ? [{ key: 'v', label: '', children: txt.minVersion(outcome.minAppVersion) }]
            : []),
        ]}
      />
      {outcome.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={txt.warnings}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {outcome.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  )
}
