import { useState } from 'react'
import { Alert, Button, Upload } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import type { BackupEntry } from '../../../../../shared/contract'
import { IMPORT_MAX_BASE64 } from '../../../../../shared/contract/imports'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { readFileBase64 } from '../../../attachments/fileBase64'
import { errorText } from '../../../forms/serverIssues'

const txt = t.backupsUi
const MAX_MB = Math.floor((IMPORT_MAX_BASE64 / 4) * 3) / (1024 * 1024)

/**
 * 从文件选择…: a backup from anywhere (a USB stick on a new computer). Its bytes go to the
 * core as every chosen file does; the core keeps it and checks its header, and the restore
 * dialog takes it from there (verify, compare, confirm).
 */
export function ChooseBackupFile({ onReceived }: { onReceived(entry: BackupEntry): void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function receive(file: File) {
    setError(null)
    if (file.size > MAX_MB * 1024 * 1024) return setError(txt.fileTooLarge(MAX_MB))
    setBusy(true)
    try {
      const data = await readFileBase64(file)
      onReceived(await call('backups.receive', { fileName: file.name, data }))
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 12 }}>
      <Upload
        accept=".xlbak"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void receive(file)
          return Upload.LIST_IGNORE
        }}
      >
        <Button icon={<FolderOpenOutlined />} loading={busy} title={txt.chooseFileHint}>
          {busy ? txt.receiving : txt.chooseFile}
        </Button>
      </Upload>
      {error && (
        <Alert showIcon type="error" title={error} style={{ marginTop: 12 }} role="alert" />
      )}
    </div>
  )
}
