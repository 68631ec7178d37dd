import { checkIdNumber } from '../../../../shared/idcard/checkIdNumber'
import { localToday } from '../../../../shared/dates/calendar'
import { packageValidation as m } from '../../../../shared/i18n/packages'
import type { PackageReport, ValidationIssue } from '../../../../shared/packages/format'
import type { PersonLine } from './personLines'

/**
 * Checks before a package is written (UPWARD.md "Export" 2): errors block, warnings travel
 * in report.json with the sender's line of explanation. Tombstones are not checked, nor
 * (given ownSite) rows of other units that this unit only relays. `check` sees each person
 * line as the export writes it; `report` is the outcome.
 */
export function personValidator(ownSite?: string) {
  const errors: ValidationIssue[] = []
  const warnings: ValidationIssue[] = []
  // One date for the whole export: working it out again for each person was ~1% of a county's.
  const today = localToday()
  return {
    check(o: PersonLine): void {
      if (o.deleted_at || (ownSite !== undefined && o.site_id !== ownSite)) return
      const f = o.fields
      const issue = (message: string) => ({
        table: 'persons',
        id: String(o.id),
        label: f.name,
        message,
      })
      if (!f.name?.trim()) errors.push(issue(m.nameMissing))
      else if (!f.idNumber) warnings.push(issue(m.idMissing))
      else if (!checkIdNumber(f.idNumber, { today }).ok) warnings.push(issue(m.idInvalid))
    },
    report: (): Omit<PackageReport, 'explanation'> => ({ errors, warnings }),
  }
}
