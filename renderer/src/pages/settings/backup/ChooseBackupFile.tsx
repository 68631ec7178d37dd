import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Progress, Upload } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import type { BackupEntry } from '../../../../../shared/contract'
import { RECEIVE_PIECE_BYTES } from '../../../../../shared/contract/backups'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { progressPercent } from '../../../api/useTaskProgress'
import { readFileBase64 } from '../../../attachments/fileBase64'
import { errorText } from '../../../forms/serverIssues'

const txt = t.backupsUi

/**
 * 从文件选择…: a backup from anywhere (a USB stick on a new computer). Its bytes go to the
 * core piece by piece (a province's backup is a gigabyte), with a bar; the core keeps it
 * and checks its header, and the restore dialog takes it from there (verify, compare,
 * confirm). Leaving the page stops the sending; the core drops the unfinished file at the
 * next choice.
 */
export function ChooseBackupFile({ onReceived }: { onReceived(entry: BackupEntry): void }) {
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const choice = useRef(0)
  // Leaving the page ends the sending: no call after it is gone.
  useEffect(() => {
    const choices = choice
    return () => void choices.current++
  }, [])

  async function receive(file: File) {
    const mine = ++choice.current
    setError(null)
    setSent({ done: 0, total: file.size })
    try {
      for (let offset = 0; offset < file.size; offset += RECEIVE_PIECE_BYTES) {
        if (choice.current !== mine) return
        const data = await readFileBase64(file.slice(offset, offset + RECEIVE_PIECE_BYTES))
        const r = await call('backups.receive', {
          fileName: file.name,
          size: file.size,
          offset,
          data,
        })
        setSent({ done: r.received, total: file.size })
        if (r.entry) onReceived(r.entry)
      }
    } catch (e) {
      setError(errorText(e))
    } finally {
      if (choice.current === mine) setSent(null)
    }
  }

  const busy = sent !== null
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
      {busy && sent.total > RECEIVE_PIECE_BYTES && (
        <div role="status" aria-live="polite" style={{ maxWidth: 560, marginTop: 8 }}>
          <Progress percent={progressPercent(sent)} status="active" />
        </div>
      )}
      {error && (
        <Alert showIcon type="error" title={error} style={{ marginTop: 12 }} role="alert" />
      )}
    </div>
  )
}
