import { useCallback, useEffect, useState } from 'react'
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Upload,
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import {
  DownloadOutlined,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
} from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { AuditPage, AuditRow, AuditVerifyResult } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { formatDateTime } from '../../../format/dateTime'
import { errorText } from '../../../forms/serverIssues'
import { readFileBase64 } from '../../../attachments/fileBase64'
import { saveBase64 } from '../../imports/saveFile'
import { localDaysToInstants } from './auditRange'
import { CheckpointsTable } from './CheckpointsTable'

const txt = t.settings.audit
const cpTxt = t.auditCheckpoints
type Result = AuditRow['result']

interface Filters {
  action?: string
  username?: string
  result?: Result
  range?: [Dayjs | null, Dayjs | null] | null
}

const RESULT_COLORS: Record<Result, string> = { ok: 'green', denied: 'orange', failed: 'red' }
const RESULT_OPTIONS = (['ok', 'denied', 'failed'] as const).map((r) => ({
  value: r,
  label: txt.results[r],
}))

const actionName = (a: string) => t.auditActions[a] ?? a

const columns: ColumnsType<AuditRow> = [
  { title: txt.seq, dataIndex: 'seq', width: 72 },
  { title: txt.at, dataIndex: 'at', width: 168, render: (v: string) => formatDateTime(v) },
  {
    title: txt.user,
    dataIndex: 'username',
    width: 110,
    render: (v: string | null) => v ?? t.common.none,
  },
  { title: txt.action, dataIndex: 'action', width: 130, render: actionName },
  {
    title: txt.object,
    dataIndex: 'objectType',
    width: 90,
    render: (v: string | null) => (v ? (txt.objectTypes[v] ?? v) : t.common.none),
  },
  {
    title: txt.result,
    dataIndex: 'result',
    width: 84,
    render: (r: Result) => <Tag color={RESULT_COLORS[r]}>{txt.results[r] ?? r}</Tag>,
  },
  {
    title: txt.detail,
    dataIndex: 'detail',
    ellipsis: { showTitle: false },
    render: (v: string | null) =>
      v ? (
        <Tooltip title={v} placement="topLeft">
          {v}
        </Tooltip>
      ) : (
        t.common.none
      ),
  },
]

/** The append-only log: filter, page through, and check that its hash chain holds. */
export function AuditTab() {
  const { message } = App.useApp()
  const [form] = Form.useForm<Filters>()
  const [actions, setActions] = useState<string[]>([])
  const [filters, setFilters] = useState<Filters>({})
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 })
  const [verifying, setVerifying] = useState(false)
  const [verdict, setVerdict] = useState<AuditVerifyResult | null>(null)

  const fetchPage = useCallback(
    () =>
      call('audit.list', {
        page: paging.page,
        pageSize: paging.pageSize,
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.username?.trim() ? { username: filters.username.trim() } : {}),
        ...(filters.result ? { result: filters.result } : {}),
        ...localDaysToInstants(filters.range),
      }),
    [filters, paging],
  )
  const { data, loading, reload: load } = useLoaded<AuditPage>(fetchPage, { total: 0, items: [] })

  useEffect(() => {
    call('audit.actions', {})
      .then(setActions)
      .catch(() => undefined)
  }, [])

  async function verify(file?: File) {
    setVerifying(true)
    setVerdict(null)
    try {
      const against = file ? { fileName: file.name, data: await readFileBase64(file) } : undefined
      setVerdict(await call('audit.verify', against ? { against } : {}))
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setVerifying(false)
    }
    // Verifying is itself audited: show its row.
    await load()
  }

  async function exportCheckpoint() {
    try {
      const file = await call('audit.checkpoint', {})
      // The signed text is ASCII (digits, hex, base64), so btoa takes it as is.
      saveBase64(file.fileName, btoa(file.text), 'application/json')
      message.success(cpTxt.exported(file.fileName))
    } catch (e) {
      message.error(errorText(e))
    }
    await load()
  }

  return (
    <>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 12 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => {
            setFilters(v)
            setPaging((p) => ({ ...p, page: 1 }))
          }}
          style={{ flex: 1, rowGap: 8 }}
        >
          <Form.Item name="action">
            <Select
              allowClear
              placeholder={txt.allActions}
              style={{ width: 150 }}
              options={actions.map((a) => ({ value: a, label: actionName(a) }))}
              aria-label={txt.action}
            />
          </Form.Item>
          <Form.Item name="username">
            <Input allowClear placeholder={txt.filterUser} style={{ width: 120 }} maxLength={64} />
          </Form.Item>
          <Form.Item name="result">
            <Select
              allowClear
              placeholder={txt.allResults}
              style={{ width: 110 }}
              options={RESULT_OPTIONS}
              aria-label={txt.result}
            />
          </Form.Item>
          <Form.Item name="range">
            <DatePicker.RangePicker style={{ width: 240 }} aria-label={txt.dateRange} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t.common.search}
            </Button>
            <Button
              onClick={() => {
                form.resetFields()
                setFilters({})
                setPaging((p) => ({ ...p, page: 1 }))
              }}
            >
              {t.common.reset}
            </Button>
          </Space>
        </Form>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verifying}
          onClick={() => void verify()}
        >
          {verifying ? txt.verifying : txt.verify}
        </Button>
        <Upload
          accept=".xlpkg,.xlrct,.db,.xlckp"
          showUploadList={false}
          beforeUpload={(file) => {
            void verify(file)
            return false
          }}
        >
          <Button icon={<FileSearchOutlined />} disabled={verifying} title={cpTxt.againstHint}>
            {cpTxt.against}
          </Button>
        </Upload>
        <Button icon={<DownloadOutlined />} onClick={() => void exportCheckpoint()}>
          {cpTxt.exportCheckpoint}
        </Button>
      </div>
      {verdict && (
        <Alert
          showIcon
          closable={{ onClose: () => setVerdict(null) }}
          style={{ marginBottom: 12 }}
          type={verdict.ok ? 'success' : 'error'}
          title={
            verdict.ok
              ? txt.verifyOk(verdict.checked)
              : verdict.firstBrokenSeq !== null
                ? txt.verifyBroken(verdict.brokenSeqs, verdict.brokenCount)
                : verdict.chainOk
                  ? cpTxt.chainButCheckpoints
                  : t.errors.INTERNAL
          }
        />
      )}
      {verdict && <CheckpointsTable checks={verdict.checkpoints} />}
      <Table<AuditRow>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={data.items}
        loading={loading}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t.common.total(n),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </>
  )
}
