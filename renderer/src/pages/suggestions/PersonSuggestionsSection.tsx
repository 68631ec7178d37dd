import { useCallback } from 'react'
import { Table, Typography } from 'antd'
import type { PersonSuggestions } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { adoptionText } from './suggestionText'

const txt = t.suggestionsUi
const EMPTY: PersonSuggestions = { count: 0, score: 0, items: [] }

/** A person's suggestions, newest first, under their count and total score. */
export function PersonSuggestionsSection({ personId }: { personId: string }) {
  const fetcher = useCallback(() => call('suggestions.ofPerson', { personId }), [personId])
  const { data, loading } = useLoaded(fetcher, EMPTY)
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Typography.Text strong data-testid="person-suggestions-summary">
        {txt.person.summary(data.count, data.score)}
      </Typography.Text>
      {data.count > 0 && (
        <Table
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={data.items}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: txt.list.columns.date, dataIndex: 'submittedOn', width: 110 },
            {
              title: txt.list.columns.title,
              dataIndex: 'title',
              ellipsis: true,
              render: (title: string, s) => (
                <Typography.Link href={`#/suggestions/${encodeURIComponent(s.id)}`}>
                  {title}
                </Typography.Link>
              ),
            },
            { title: txt.list.columns.kind, dataIndex: 'kindName', width: 90 },
            {
              title: txt.list.columns.adoption,
              key: 'adoption',
              ellipsis: true,
              render: (_, s) => adoptionText(s) || t.common.none,
            },
            { title: txt.person.share, dataIndex: 'personShare', width: 80, align: 'right' },
          ]}
        />
      )}
    </div>
  )
}
