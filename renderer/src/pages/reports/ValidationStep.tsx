import { Alert, Input, List, Space, Typography } from 'antd'
import type { ValidationIssue } from '../../../../shared/packages/format'
import { t } from '../../../../shared/i18n'
import { tableLabel } from './TableCounts'

const txt = t.reportsUi.exporter

/** Warnings of one kind ("没有身份证号"), and who they concern: one reason covers them all. */
export interface WarningGroup {
  message: string
  issues: ValidationIssue[]
}

export function groupWarnings(warnings: ValidationIssue[]): WarningGroup[] {
  const groups = new Map<string, ValidationIssue[]>()
  for (const w of warnings) groups.set(w.message, [...(groups.get(w.message) ?? []), w])
  return [...groups].map(([message, issues]) => ({ message, issues }))
}

/** The explanation that travels with the package: one line per kind of warning. */
export function explanationOf(groups: WarningGroup[], reasons: string[]): string {
  return groups
    .map((g, i) => `${g.message}（${g.issues.length}）：${reasons[i]?.trim() ?? ''}`)
    .join('\n')
    .slice(0, 500)
}

const who = (issues: ValidationIssue[]) => {
  const names = issues.slice(0, 20).map((x) => `${tableLabel(x.table)} ${x.label}`)
  return issues.length > 20 ? `${names.join('、')} 等 ${issues.length} 条` : names.join('、')
}

/** Errors block the package; each kind of warning needs a line saying why. */
export function ValidationStep({
  errors,
  groups,
  reasons,
  onReason,
  showMissing,
}: {
  errors: ValidationIssue[]
  groups: WarningGroup[]
  reasons: string[]
  onReason(index: number, text: string): void
  showMissing: boolean
}) {
  if (!errors.length && !groups.length) {
    return <Alert type="success" showIcon title={txt.noIssues} />
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={txt.errorsTitle(errors.length)}
          description={
            <List
              size="small"
              dataSource={errors.slice(0, 200)}
              renderItem={(e) => (
                <List.Item>
                  {tableLabel(e.table)} {e.label}：{e.message}
                </List.Item>
              )}
            />
          }
        />
      )}
      {groups.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={txt.warningsTitle(groups.reduce((n, g) => n + g.issues.length, 0))}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              {groups.map((g, i) => {
                const missing = showMissing && !reasons[i]?.trim()
                return (
                  <div key={g.message}>
                    <Typography.Text strong>
                      {g.message}（{g.issues.length}）
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">{who(g.issues)}</Typography.Text>
                    </div>
                    <Input
                      aria-label={`${txt.warningReason}：${g.message}`}
                      placeholder={txt.warningReason}
                      maxLength={120}
                      status={missing ? 'error' : undefined}
                      value={reasons[i] ?? ''}
                      onChange={(e) => onReason(i, e.target.value)}
                    />
                    {missing && (
                      <Typography.Text type="danger">{txt.warningReasonMissing}</Typography.Text>
                    )}
                  </div>
                )
              })}
            </Space>
          }
        />
      )}
    </Space>
  )
}
