import { useMemo, useState } from 'react'
import { Button, Empty, Input, List, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'
import { indicatorText } from '../../../../../shared/i18n/indicators'
import { INDICATORS, type IndicatorDef } from '../../../../../shared/statistics/indicators'

const txt = t.reportsTemplatesUi.picker

/**
 * The indicators to pick from, grouped by domain, searchable by name or id; the definition
 * is the tooltip. An indicator already in the table can still be added (a table may repeat
 * a figure), but says so.
 */
export function IndicatorPicker(props: {
  used: ReadonlySet<string>
  onAdd: (def: IndicatorDef) => void
}) {
  const [query, setQuery] = useState('')
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase()
    const hits = INDICATORS.filter(
      (d) => !q || d.name.toLowerCase().includes(q) || d.id.toLowerCase().includes(q),
    )
    const byGroup = new Map<string, IndicatorDef[]>()
    for (const d of hits) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d])
    return [...byGroup]
  }, [query])
  return (
    <div className="report-picker" data-testid="indicator-picker">
      <Typography.Title level={5}>{txt.heading}</Typography.Title>
      <Input.Search
        allowClear
        placeholder={txt.search}
        aria-label={txt.search}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div style={{ maxHeight: 520, overflowY: 'auto', marginTop: 8 }}>
        {groups.length === 0 && <Empty description={txt.none} />}
        {groups.map(([group, defs]) => (
          <div key={group}>
            <Typography.Text strong>
              {indicatorText.groups[group as keyof typeof indicatorText.groups]}
            </Typography.Text>
            <List
              size="small"
              dataSource={defs}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button
                      key="add"
                      size="small"
                      icon={<PlusOutlined />}
                      aria-label={`${txt.add} ${d.name}`}
                      onClick={() => props.onAdd(d)}
                    >
                      {props.used.has(d.id) ? txt.added : txt.add}
                    </Button>,
                  ]}
                >
                  <Tooltip title={d.definition} placement="left">
                    <span tabIndex={0}>
                      {d.name}
                      <Typography.Text type="secondary"> （{d.unit}）</Typography.Text>
                    </span>
                  </Tooltip>
                </List.Item>
              )}
            />
          </div>
        ))}
      </div>
    </div>
  )
}
