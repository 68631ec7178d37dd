import { Upload } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import { PACKAGE_MAX_BASE64 } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { readFileBase64 } from '../../attachments/fileBase64'

const MAX_MB = 512

export const isPackageFileName = (name: string): boolean => /\.xlpkg$/i.test(name)

/** A picked package's bytes as base64; a file too large to send is refused here. */
export async function readPackageData(file: File): Promise<string> {
  const data = await readFileBase64(file)
  if (data.length > PACKAGE_MAX_BASE64) throw new Error(t.reportsUi.importer.tooLarge(MAX_MB))
  return data
}

/** Where a package file (.xlpkg) is dropped or picked; nothing is uploaded anywhere. */
export function PackageDropZone({
  busy,
  title,
  hint,
  onFile,
}: {
  /** What is being done with the file, shown instead of the title; disables the zone. */
  busy: string | null
  title: string
  hint: string
  onFile(file: File): void
}) {
  return (
    <Upload.Dragger
      accept=".xlpkg"
      multiple={false}
      showUploadList={false}
      disabled={busy !== null}
      beforeUpload={(file) => {
        onFile(file)
        // The page reads the file itself and hands it to the core.
        return Upload.LIST_IGNORE
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{busy ?? title}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  )
}
