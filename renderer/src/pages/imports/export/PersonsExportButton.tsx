import { useEffect, useRef, useState } from 'react'
import { App, Button, Checkbox, Modal, Progress, Space, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type { Input, SessionInfo } from '../../../../../shared/contract'
import {
  DEFAULT_PERSON_EXPORT_COLUMNS,
  PERSON_EXPORT_COLUMNS,
  type PersonExportColumn,
} from '../../../../../shared/contract/exports'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { progressPercent, useTaskProgress } from '../../../api/useTaskProgress'
import { errorText } from '../../../forms/serverIssues'
import { ApiCallError } from '../../../api/client'
import { canWrite } from '../../persons/common/access'
import { saveExport } from './saveExport'

const txt = t.importsUi.export
const labels = t.persons.fieldLabels as Record<string, string>

export type PersonExportQuery = Omit<Input<'persons.list'>, 'page' | 'pageSize'>

/**
 * 导出 Excel on the person list: the list as filtered and sorted now, with chosen columns.
 * Numbers are masked unless an operator or admin ticks 导出完整号码 and confirms.
 */
export function PersonsExportButton({
  session,
  query,
  filtered,
}: {
  session: SessionInfo
  query: PersonExportQuery
  filtered: boolean
}) {
  const { message, modal } = App.useApp()
  const [open, setOpen] = useState(false)
  const [columns, setColumns] = useState<PersonExportColumn[]>([...DEFAULT_PERSON_EXPORT_COLUMNS])
  const [unmasked, setUnmasked] = useState(false)
  const [count, setCount] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const mayUnmask = canWrite(session)
  // The export runs as long work in the core: its progress shows here, and it can be stopped.
  const progress = useTaskProgress('export', busy)
  const jobRef = useRef<string | null>(null)

  function cancelExport() {
    if (jobRef.current) void call('work.cancel', { jobId: jobRef.current }).catch(() => {})
  }

  useEffect(() => {
    if (!open) return
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { sort, order, ...filter } = query
    let live = true
    call('persons.count', filter)
      .then((r) => live && setCount(r.count))
      .catch(() => live && setCount(null))
    return () => {
      live = false
    }
  }, [open, query])

  function tickUnmasked(checked: boolean) {
    if (!checked) return setUnmasked(false)
    modal.confirm({
      title: txt.unmaskedConfirmTitle,
      content: txt.unmaskedConfirm,
      okText: txt.unmaskedConfirmOk,
      okButtonProps: { danger: true },
      onOk: () => setUnmasked(true),
    })
  }

  async function run() {
    setBusy(true)
    jobRef.current = crypto.randomUUID()
    try {
      const r = await call('exports.persons', {
        ...query,
        columns,
        unmasked,
        jobId: jobRef.current,
      })
      const saved = saveExport(r)
      if (saved.saved) message.success(txt.done(r.fileName, r.rows, r.masked))
      else
        modal.info({
          title: txt.done(r.fileName, r.rows, r.masked),
          content: txt.savedAt(saved.path),
        })
      setOpen(false)
      setUnmasked(false)
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CANCELLED') message.info(txt.cancelled)
      else message.error(errorText(e))
    } finally {
      jobRef.current = null
      setBusy(false)
    }
  }

  // Chosen columns keep the export's own order, whatever order they were ticked in.
  const ordered = PERSON_EXPORT_COLUMNS.filter((c) => columns.includes(c))
  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)}>
        {txt.button}
      </Button>
      <Modal
        open={open}
        title={txt.title}
        okText={txt.ok}
        onOk={() => void run()}
        okButtonProps={{ disabled: ordered.length === 0, loading: busy }}
        onCancel={() => (busy ? cancelExport() : setOpen(false))}
        cancelText={busy ? txt.cancel : undefined}
        width={640}
        destroyOnHidden
      >
        <Typography.Paragraph>{txt.scope(count, filtered)}</Typography.Paragraph>
        {busy && (
          <div style={{ marginBottom: 12 }}>
            <Progress
              aria-label={txt.exporting}
              percent={progressPercent(progress)}
              status="active"
            />
            <Typography.Text type="secondary">
              {progress ? txt.progress(progress.done, progress.total) : txt.exporting}
            </Typography.Text>
          </div>
        )}
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text strong>{txt.columns}</Typography.Text>
          <Button size="small" onClick={() => setColumns([...PERSON_EXPORT_COLUMNS])}>
            {txt.columnsAll}
          </Button>
          <Button size="small" onClick={() => setColumns([...DEFAULT_PERSON_EXPORT_COLUMNS])}>
            {txt.columnsDefault}
          </Button>
        </Space>
        <Checkbox.Group
          value={ordered}
          onChange={(v) => setColumns(v as PersonExportColumn[])}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', rowGap: 6 }}
          options={PERSON_EXPORT_COLUMNS.map((c) => ({ value: c, label: labels[c] ?? c }))}
        />
        {mayUnmask && (
          <div style={{ marginTop: 16 }}>
            <Checkbox checked={unmasked} onChange={(e) => tickUnmasked(e.target.checked)}>
              {txt.unmasked}
            </Checkbox>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {txt.unmaskedHint}
            </Typography.Text>
          </div>
        )}
      </Modal>
    </>
  )
}
