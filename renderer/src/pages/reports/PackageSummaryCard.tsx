import { Descriptions, Tag } from 'antd'
import type { PackageSummary } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { unitKeyText } from '../../../../shared/i18n/packages'
import { formatDateTime } from '../../format/dateTime'

const txt = t.reportsUi.importer

/** Who sent the package, what it covers and whether it was sealed. */
export function PackageSummaryCard({ summary }: { summary: PackageSummary }) {
  return (
    <Descriptions size="small" bordered column={2}>
      <Descriptions.Item label={txt.from}>
        {summary.sender.code} {summary.sender.name}{' '}
        <Tag color={summary.sender.verified ? 'green' : 'orange'}>
          {summary.sender.verified ? unitKeyText.verified : unitKeyText.unverified}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={txt.period}>{summary.period}</Descriptions.Item>
      <Descriptions.Item label={txt.kind}>{t.packageKind[summary.kind]}</Descriptions.Item>
      <Descriptions.Item label={txt.encrypted}>
        {summary.encrypted ? txt.yes : txt.no}
      </Descriptions.Item>
      <Descriptions.Item label={txt.createdAt}>
        {formatDateTime(summary.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label={txt.createdBy}>{summary.createdBy}</Descriptions.Item>
    </Descriptions>
  )
}
