import { useEffect, useState } from 'react'
import { Alert, App, Drawer, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd'
import type { BoardCell, PackageDetail } from '../../../../../shared/contract/packagesBoard'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { formatDateTime } from '../../../format/dateTime'
import { PackageSummaryCard } from '../PackageSummaryCard'
import { RowReport } from '../RowReport'
import { AppliedCounts, PreviewCounts } from '../TableCounts'
import { BOARD_COLOR } from './boardColors'
import { ReviewActions } from './ReviewActions'

const txt = t.boardUi
const d = txt.detail

/** A board cell opened: how the period went, its latest package again, 审核 / 退回. */
export function BoardCellDrawer(props: {
  cell: BoardCell
  unitName: string
  canDecide: boolean
  onClose: () => void
  onDecided: () => void
}) {
  const { cell } = props
  const { message } = App.useApp()
  const [detail, setDetail] = useState<PackageDetail | null>(null)
  useEffect(() => {
    if (!cell.latestPackageId) return
    call('packages.detail', { packageId: cell.latestPackageId })
      .then(setDetail)
      .catch((e: unknown) => message.error(errorText(e)))
  }, [cell.latestPackageId, message])

  const unit = `${cell.unitCode} ${props.unitName}`
  return (
    <Drawer
      open
      size="large"
      title={d.title(unit, cell.period)}
      onClose={props.onClose}
      extra={
        props.canDecide &&
        cell.packages > 0 && (
          <ReviewActions
            unit={cell.unitCode}
            unitLabel={unit}
            period={cell.period}
            onDone={props.onDecided}
          />
        )
      }
    >
      <Space
        orientation="vertical"
        size={16}
        style={{ width: '100%' }}
        data-testid="board-cell-detail"
      >
        <Space wrap>
          <Tag color={BOARD_COLOR[cell.status]}>{txt.status[cell.status]}</Tag>
          {cell.deadline && <span>{txt.deadline(cell.deadline)}</span>}
          {(cell.daysLate ?? 0) > 0 ? (
            <Typography.Text type="danger">
              {cell.packages ? txt.late(cell.daysLate!) : txt.overdue(cell.daysLate!)}
            </Typography.Text>
          ) : (
            cell.packages > 0 && <span>{txt.onTime}</span>
          )}
          {cell.packages > 0 && <span>{txt.packages(cell.packages)}</span>}
        </Space>
        {cell.status === 'returned' && cell.reason && (
          <Alert type="warning" showIcon title={cell.reason} />
        )}
        {cell.packages === 0 && <Empty description={d.none} />}
        {cell.history.length > 0 && (
          <div>
            <Typography.Title level={5}>{d.history}</Typography.Title>
            <Timeline
              items={cell.history.map((h) => ({
                color: BOARD_COLOR[h.status],
                content: (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {formatDateTime(h.at)}{' '}
                      {h.kind === 'package' ? d.historyPackage : d.historyDecision}：
                      {txt.status[h.status]}
                    </span>
                    {h.reason && <Typography.Text type="warning">{h.reason}</Typography.Text>}
                    {h.by && <Typography.Text type="secondary">{d.by(h.by)}</Typography.Text>}
                  </Space>
                ),
              }))}
            />
          </div>
        )}
        {cell.latestPackageId && !detail && <Spin />}
        {detail && (
          <>
            <Typography.Title level={5}>{d.package}</Typography.Title>
            {detail.relay && (
              <Alert
                data-testid="board-relay-provenance"
                type={detail.relay.signatureVerified ? 'info' : 'warning'}
                showIcon
                title={d.relayedVia(detail.relay.via)}
                description={
                  detail.relay.signatureVerified ? d.signatureVerified : d.signatureUnverified
                }
              />
            )}
            <PackageSummaryCard summary={detail.summary} />
            <PreviewCounts tables={detail.summary.tables} />
            {detail.applied && (
              <>
                <Typography.Title level={5}>{d.applied}</Typography.Title>
                <AppliedCounts counts={detail.applied} />
              </>
            )}
            {(detail.warnings.length > 0 || detail.summary.report.explanation) && (
              <Alert
                type="warning"
                showIcon
                title={d.warnings}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {detail.summary.report.explanation && (
                      <li>{d.explanation(detail.summary.report.explanation)}</li>
                    )}
                    {detail.warnings.slice(0, 200).map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {detail.rows.length > 0 && (
              <>
                <Typography.Title level={5}>{d.rows(detail.rows.length)}</Typography.Title>
                <RowReport rows={detail.rows} />
              </>
            )}
          </>
        )}
      </Space>
    </Drawer>
  )
}
