import { Alert, Button, Space, Tag, Typography, type FormInstance } from 'antd'
import { UndoOutlined } from '@ant-design/icons'
import type { DuplicateMatch } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import type { PersonFormValues } from './formModel'
import { useDuplicateCheck } from './useDuplicateCheck'

const ui = t.personsUi.form

/**
 * Watches the form on its own, so that typing a name re-renders this warning and not the
 * whole form.
 */
export function DuplicateWarning({
  form,
  excludeId,
  keep,
  onView,
  onRestore,
}: {
  form: FormInstance<PersonFormValues>
  excludeId: string | undefined
  keep: string | undefined
  onView(match: DuplicateMatch): void
  onRestore(match: DuplicateMatch): void
}) {
  const matches = useDuplicateCheck(form, excludeId, keep)
  return <DuplicateAlert matches={matches} onView={onView} onRestore={onRestore} />
}

/** Who the new record may repeat; a match in the recycle bin is offered back instead. */
export function DuplicateAlert({
  matches,
  onView,
  onRestore,
}: {
  matches: DuplicateMatch[]
  onView(match: DuplicateMatch): void
  onRestore(match: DuplicateMatch): void
}) {
  if (!matches.length) return null
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="duplicate-alert"
      style={{ marginBottom: 12 }}
      title={ui.duplicateTitle}
      description={
        <div style={{ display: 'grid', gap: 6, marginTop: 4 }}>
          {matches.map((m) => (
            <div
              key={m.id}
              style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}
            >
              <Typography.Text strong>{m.name}</Typography.Text>
              <Typography.Text type="secondary">
                {[m.birthDate, m.idNumber, m.employer].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Tag>{ui.duplicateReason[m.reason] ?? m.reason}</Tag>
              {m.deleted && <Tag color="red">{ui.duplicateInBin}</Tag>}
              <Space size={4} style={{ marginLeft: 'auto' }}>
                {m.deleted ? (
                  <Button
                    size="small"
                    type="primary"
                    icon={<UndoOutlined />}
                    onClick={() => onRestore(m)}
                  >
                    {ui.duplicateRestore}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => onView(m)}>
                    {ui.duplicateView}
                  </Button>
                )}
              </Space>
            </div>
          ))}
        </div>
      }
    />
  )
}
