import { useState } from 'react'
import { App, Button } from 'antd'
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText } from '../../forms/serverIssues'
import { suggestionLedgerPrintPath } from '../../print/printLinks'
import { navigate } from '../../router/hashRoute'
import { saveExport } from '../imports/export/saveExport'

const txt = t.suggestionsUi.list

/** 打印台账 and 导出 Excel of one year's 建言献策台账. */
export function LedgerButtons({ year }: { year: number | null }) {
  const { message, modal } = App.useApp()
  const [busy, setBusy] = useState(false)

  async function exportLedger(y: number) {
    setBusy(true)
    try {
      const r = await call('suggestions.exportLedger', { year: y })
      const saved = saveExport(r)
      if (saved.saved) message.success(txt.exported(r.fileName, r.rows))
      else modal.info({ title: txt.exported(r.fileName, r.rows), content: txt.savedAt(saved.path) })
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const needYear = () => message.warning(txt.printNeedsYear)
  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        onClick={() => (year ? navigate(suggestionLedgerPrintPath(year)) : needYear())}
      >
        {txt.print}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy}
        onClick={() => (year ? void exportLedger(year) : needYear())}
      >
        {txt.export}
      </Button>
    </>
  )
}
