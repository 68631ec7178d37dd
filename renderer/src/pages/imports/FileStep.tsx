import { Alert, App, Button, Space, Typography } from 'antd'
import { DownloadOutlined, StopOutlined } from '@ant-design/icons'
import { FileDropZone } from '../../files/FileDropZone'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText } from '../../forms/serverIssues'
import { saveBase64 } from './saveFile'

const txt = t.importsUi.wizard

/**
 * The file to import. Old .xls and WPS .et files can be picked too, so that the core can say
 * plainly how to save them as .xlsx instead of the picker silently hiding them.
 */
export function FileStep({
  busy,
  error,
  onFile,
  onCancel,
}: {
  busy: string | null
  error: string | null
  onFile(file: File): void
  /** Stops the reading under way (shown while busy). */
  onCancel(): void
}) {
  const { message } = App.useApp()

  async function template() {
    try {
      const f = await call('imports.template', {})
      saveBase64(f.fileName, f.data)
    } catch (e) {
      message.error(errorText(e))
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={txt.readFailed} description={error} />}
      <FileDropZone
        accept=".xlsx,.csv,.xls,.et,.xlsm,.xlsb,.ods,.fods,.numbers,.xml,.htm,.html,.txt"
        busy={busy}
        title={txt.dragTitle}
        hint={txt.dragHint}
        onFile={onFile}
      />
      {busy !== null && (
        <Button icon={<StopOutlined />} onClick={onCancel}>
          {txt.cancelReading}
        </Button>
      )}
      <Space>
        <Typography.Text type="secondary">{txt.templateHint}</Typography.Text>
        <Button type="link" icon={<DownloadOutlined />} onClick={() => void template()}>
          {txt.template}
        </Button>
      </Space>
    </Space>
  )
}
