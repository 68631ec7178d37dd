import { Alert, Typography } from 'antd'
import type { CrossMembershipWarning } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'

const txt = t.organizationsUi.list

/** Persons in two organizations where one forbids it, as the core reports them; each opens. */
export function CrossMembershipAlert({
  warnings,
}: {
  warnings: readonly CrossMembershipWarning[]
}) {
  if (warnings.length === 0) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={txt.crossTitle(warnings.length)}
      description={
        <>
          <div style={{ marginBottom: 4 }}>{txt.crossHint}</div>
          <ul
            data-testid="cross-membership"
            style={{ margin: 0, paddingInlineStart: 18, maxHeight: 160, overflowY: 'auto' }}
          >
            {warnings.map((w) => (
              <li key={`${w.personId}-${w.organizationId}-${w.otherOrganizationId}`}>
                <Typography.Link href={`#/persons/${encodeURIComponent(w.personId)}`}>
                  {w.message}
                </Typography.Link>
              </li>
            ))}
          </ul>
        </>
      }
    />
  )
}
