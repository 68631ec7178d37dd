import { Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'

/** Where a file is dropped or picked; nothing is uploaded anywhere: the page reads it itself. */
export function FileDropZone({
  accept,
  busy,
  title,
  hint,
  onFile,
}: {
  accept: string
  /** What is being done with the file, shown instead of the title; disables the zone. */
  busy: string | null
  title: string
  hint: string
  onFile(file: File): void
}) {
  return (
    <Upload.Dragger
      accept={accept}
      multiple={false}
      showUploadList={false}
      disabled={busy !== null}
      beforeUpload={(file) => {
        onFile(file)
        return Upload.LIST_IGNORE
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{busy ?? title}</p>
      <p className="ant-upload-hint" style={{ padding: '0 24px' }}>
        {hint}
      </p>
    </Upload.Dragger>
  )
}
