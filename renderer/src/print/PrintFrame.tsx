import { useEffect, useState, type ReactNode } from 'react'
import { Alert, App, Button, Select, Spin, Typography } from 'antd'
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import type { PrinterInfo, SystemStatus } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { errorText } from '../forms/serverIssues'
import { navigate } from '../router/hashRoute'
import { pageRuleCss, printFontCss } from './fonts'
import { listPrinters, printJob, savePdf, type PrintJob, type PrintResult } from './printActions'
import { usePrintState } from './printState'
import type { ModelState } from './usePrintModel'
import './print.css'

const txt = t.print.toolbar
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5]

/**
 * The preview screen around a print route: a toolbar (打印…, 另存为 PDF, the document's own
 * options, 返回) over the sheets on a grey desk. On paper only the sheets remain (print.css),
 * so the same route is what the desktop print window and Chromium's PDF output render.
 */
export function PrintFrame(props: {
  state: ModelState<unknown>
  /** What to print; null until the model is loaded. */
  job: PrintJob | null
  shell: SystemStatus['shell']
  orientation: 'portrait' | 'landscape'
  /** Where 返回 goes when there is no page to go back to. */
  backPath: string
  options?: ReactNode
  children?: ReactNode
}) {
  const { message } = App.useApp()
  const { state, job, shell } = props
  const [zoom, setZoom] = useState(1)
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null)
  const [printers, setPrinters] = useState<PrinterInfo[]>([])
  const [printer, setPrinter] = useState<string>('')
  usePrintState(state.status)

  useEffect(() => {
    if (shell !== 'electron') return
    let live = true
    listPrinters(shell).then(
      (list) => live && setPrinters(list),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [shell])

  function back() {
    if (window.history.length > 1) window.history.back()
    else navigate(props.backPath)
  }

  async function run(what: 'print' | 'pdf') {
    if (!job) return
    setBusy(what)
    try {
      const result: PrintResult =
        what === 'print'
          ? await printJob(job, shell, printer || undefined)
          : await savePdf(job, shell)
      if (result.kind === 'printed') message.success(t.print.done.printed)
      else if (result.kind === 'saved') message.success(t.print.done.savedPdf(result.path))
      else if (result.kind === 'browser' && what === 'pdf') message.info(t.print.done.browserDialog)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(null)
    }
  }

  const ready = state.status === 'ready' && job !== null
  return (
    <div className="xl-print-root" data-testid="print-preview">
      <style>{`${printFontCss()}\n${pageRuleCss(props.orientation)}`}</style>
      <div className="xl-print-toolbar" role="toolbar">
        <div className="xl-print-toolbar-row">
          <Button icon={<ArrowLeftOutlined />} onClick={back}>
            {txt.back}
          </Button>
          <Typography.Text className="xl-print-toolbar-title" ellipsis>
            {job?.title ?? ''}
          </Typography.Text>
          {ready && <Typography.Text type="secondary">{txt.pages(job.pages)}</Typography.Text>}
          <span className="xl-print-toolbar-spacer" />
          <Select
            aria-label={txt.zoom}
            value={zoom}
            onChange={setZoom}
            style={{ width: 90 }}
            options={ZOOMS.map((z) => ({ value: z, label: `${Math.round(z * 100)}%` }))}
          />
          {shell === 'electron' && (
            <Select
              aria-label={txt.printer}
              value={printer}
              onChange={setPrinter}
              style={{ width: 200 }}
              options={[
                { value: '', label: txt.defaultPrinter },
                ...printers.map((p) => ({ value: p.name, label: p.displayName })),
              ]}
            />
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!ready || busy !== null}
            loading={busy === 'print'}
            onClick={() => void run('print')}
          >
            {txt.print}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            disabled={!ready || busy !== null}
            loading={busy === 'pdf'}
            onClick={() => void run('pdf')}
          >
            {txt.pdf}
          </Button>
        </div>
        {props.options && <div className="xl-print-toolbar-row">{props.options}</div>}
      </div>
      <div className="xl-print-stage">
        {state.status === 'loading' && <Spin style={{ display: 'block', marginTop: 80 }} />}
        {state.status === 'error' && (
          <Alert
            className="xl-print-message"
            type="error"
            showIcon
            title={t.print.loadFailed}
            description={state.message}
          />
        )}
        {state.status === 'ready' && (
          <div className="xl-print-pages" style={{ zoom }}>
            {props.children}
          </div>
        )}
      </div>
    </div>
  )
}
