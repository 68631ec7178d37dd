import { checkIdNumber } from '../../../../shared/idcard/checkIdNumber'
import { packageValidation as m } from '../../../../shared/i18n/packages'
import type { PackageReport, ValidationIssue } from '../../../../shared/packages/format'
import type { TableData } from './collectRows'

/**
 * Checks before a package is written (UPWARD.md "Export" 2): errors block, warnings travel
 * in report.json with the sender's line of explanation. Tombstones are not checked, nor
 * (given ownSite) rows of other units that this unit only relays.
 */
export function validateRows(
  tables: TableData[],
  ownSite?: string,
): Omit<PackageReport, 'explanation'> {
  const errors: ValidationIssue[] = []
  const warnings: ValidationIssue[] = []
  const persons = tables.find((t) => t.table === 'persons')
  for (const o of persons?.objects ?? []) {
    if (o.deleted_at || (ownSite !== undefined && o.site_id !== ownSite)) continue
    const f = o.fields as { name: string; idNumber: string | null }
    const issue = (message: string) => ({
      table: 'persons',
      id: String(o.id),
      label: f.name,
      message,
    })
    if (!f.name?.trim()) errors.push(issue(m.nameMissing))
    else if (!f.idNumber) warnings.push(issue(m.idMissing))
    else if (!checkIdNumber(f.idNumber).ok) warnings.push(issue(m.idInvalid))
  }
  return { errors, warnings }
}
