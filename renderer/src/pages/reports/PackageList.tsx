import { useCallback, useEffect, useState } from 'react'
import { Alert, App, Button, Space, Table, Tag, Tooltip, Upload } from 'antd'
import { ReloadOutlined, UploadOutlined } from '@ant-design/icons'
import type { PackageListItem, ReceiptOutcome } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText } from '../../forms/serverIssues'
import { formatDateTime } from '../../format/dateTime'
import { RowReport } from './RowReport'

const txt = t.reportsUi.list

const STATUS_COLOR: Record<PackageListItem['status'], string> = {
  generated: 'blue',
  received: 'green',
  receivedWithWarnings: 'gold',
  returned: 'orange',
  refused: 'red',
  reviewed: 'cyan',
}

const countsText = (item: PackageListItem) => {
  const all = Object.values(item.counts)
  return txt.countsText(
    all.reduce((n, c) => n + c.rows, 0),
    all.reduce((n, c) => n + c.deleted, 0),
  )
}

/** Packages sent and received, newest first; the county reads the city's receipts here. */
export function PackageList({ writer }: { writer: boolean }) {
  const { message } = App.useApp()
  const [items, setItems] = useState<PackageListItem[] | null>(null)
  const [receipt, setReceipt] = useState<ReceiptOutcome | null>(null)

  const load = useCallback(() => {
    call('packages.list', {})
      .then(setItems)
      .catch((e: unknown) => message.error(errorText(e)))
  }, [message])
  useEffect(load, [load])

  async function readReceipt(file: File) {
    try {
      const outcome = await call('packages.importReceipt', { text: await file.text() })
      setReceipt(outcome)
      message.success(
        txt.receiptRead(
          `${t.packageStatus[outcome.status]}${outcome.reason ? `：${outcome.reason}` : ''}`,
        ),
      )
      load()
    } catch (e) {
      message.error(`${txt.receiptFailed}：${errorText(e)}`)
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space>
        {writer && (
          <Upload
            accept=".xlrct"
            showUploadList={false}
            beforeUpload={(file) => {
              void readReceipt(file)
              return Upload.LIST_IGNORE
            }}
          >
            <Button icon={<UploadOutlined />}>{txt.importReceipt}</Button>
          </Upload>
        )}
        <Tooltip title={txt.refresh}>
          <Button aria-label={txt.refresh} icon={<ReloadOutlined />} onClick={load} />
        </Tooltip>
      </Space>
      {receipt && receipt.rows.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setReceipt(null)}
          title={txt.receiptRows(receipt.rows.length)}
          description={<RowReport rows={receipt.rows} />}
        />
      )}
      <Table
        data-testid="package-list"
        size="small"
        rowKey="packageId"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: txt.empty }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            title: txt.direction,
            dataIndex: 'direction',
            width: 70,
            render: (d: PackageListItem['direction']) => (d === 'sent' ? txt.sent : txt.received),
          },
          {
            title: txt.otherUnit,
            key: 'other',
            render: (_, r) => `${r.otherUnit.code} ${r.otherUnit.name}`,
          },
          { title: txt.period, dataIndex: 'period' },
          {
            title: txt.kind,
            dataIndex: 'kind',
            width: 70,
            render: (k: PackageListItem['kind']) => t.packageKind[k],
          },
          { title: txt.counts, key: 'counts', render: (_, r) => countsText(r) },
          {
            title: txt.createdAt,
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v),
          },
          {
            title: txt.status,
            key: 'status',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Tag color={STATUS_COLOR[r.status]}>{t.packageStatus[r.status]}</Tag>
                {r.statusReason && <span>{r.statusReason}</span>}
                {r.receiptRows > 0 && <span>{txt.receiptRows(r.receiptRows)}</span>}
              </Space>
            ),
          },
          {
            title: txt.statusAt,
            dataIndex: 'statusAt',
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
    </Space>
  )
}
