import { useState } from 'react'
import { App, Button } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type { Input } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { saveExport } from './saveExport'

const txt = t.importsUi.export

/** 导出 Excel of an organization's members or an activity's participants (masked). */
export function RosterExportButton({ source }: { source: Input<'exports.roster'>['source'] }) {
  const { message, modal } = App.useApp()
  const [busy, setBusy] = useState(false)

  async function run() {
    setBusy(true)
    try {
      const r = await call('exports.roster', { source })
      const saved = saveExport(r)
      if (saved.saved) message.success(txt.rosterDone(r.fileName, r.rows))
      else
        modal.info({ title: txt.rosterDone(r.fileName, r.rows), content: txt.savedAt(saved.path) })
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()}>
      {txt.rosterButton}
    </Button>
  )
}
