import { Alert, App, Button, Space, Typography, Upload } from 'antd'
import { DownloadOutlined, InboxOutlined, StopOutlined } from '@ant-design/icons'
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
      <Upload.Dragger
        accept=".xlsx,.csv,.xls,.et,.xlsm,.xlsb,.ods,.fods,.numbers,.xml,.htm,.html,.txt"
        multiple={false}
        showUploadList={false}
        disabled={busy !== null}
        beforeUpload={(file) => {
          onFile(file)
          // Nothing is uploaded anywhere: the wizard reads the file itself.
          return Upload.LIST_IGNORE
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy ?? txt.dragTitle}</p>
        <p className="ant-upload-hint" style={{ padding: '0 24px' }}>
          {txt.dragHint}
        </p>
      </Upload.Dragger>
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
