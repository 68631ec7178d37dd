import { Badge, Card, List, Typography } from 'antd'
import type { Dashboard, QualityCheck } from '../../../../shared/contract'
import { QUALITY_CHECKS } from '../../../../shared/contract/statistics'
import { t } from '../../../../shared/i18n'
import { formatDateTime } from '../../format/dateTime'
import { navigate } from '../../router/hashRoute'

const txt = t.dashboardUi

function clickable(onOpen: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: onOpen,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter') onOpen()
    },
    style: { cursor: 'pointer' },
  }
}

export function UpcomingCard({ items }: { items: Dashboard['upcoming'] }) {
  return (
    <Card size="small" title={txt.upcomingTitle} style={{ height: '100%' }}>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: txt.noUpcoming }}
        renderItem={(a) => (
          <List.Item {...clickable(() => navigate(`/activities/${a.id}`))}>
            <List.Item.Meta
              title={a.title}
              description={[a.startDate, a.startTime, a.place].filter(Boolean).join('  ')}
            />
          </List.Item>
        )}
      />
    </Card>
  )
}

export function ImportsCard({ items }: { items: Dashboard['recentImports'] }) {
  return (
    <Card size="small" title={txt.importsTitle} style={{ height: '100%' }}>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: txt.noImports }}
        renderItem={(b) => (
          <List.Item
            {...clickable(() =>
              navigate(b.kind === 'suggestions' ? '/suggestions' : '/persons/import/history'),
            )}
          >
            <List.Item.Meta
              title={b.fileName}
              description={`${formatDateTime(b.at)}  ${
                b.status === 'rolledBack'
                  ? txt.rolledBack
                  : b.kind === 'suggestions'
                    ? t.suggestionImport.dashboardLine(b.created)
                    : txt.importLine(b.created, b.updated)
              }`}
            />
          </List.Item>
        )}
      />
    </Card>
  )
}

export function QualityCard({
  counts,
  onOpen,
}: {
  counts: Record<QualityCheck, number>
  onOpen(check: QualityCheck): void
}) {
  const found = QUALITY_CHECKS.filter((q) => counts[q] > 0)
  return (
    <Card size="small" title={txt.qualityTitle} style={{ height: '100%' }}>
      {found.length === 0 ? (
        <Typography.Text type="secondary">{txt.qualityNone}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={found}
          renderItem={(q) => (
            <List.Item
              {...clickable(() => onOpen(q))}
              aria-label={txt.quality[q]}
              data-quality={q}
              extra={<Badge count={counts[q]} overflowCount={999_999} color="orange" />}
            >
              {txt.quality[q]}
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
