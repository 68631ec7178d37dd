import { crossCheck as msg } from '../i18n/checks'
import { findCode } from '../codes/lookup'
import { SEX } from '../codes/sex'
import { normalizeDate } from '../dates/normalizeDate'
import type { IdCheck } from './checkIdNumber'

/**
 * Hints (not errors) when what the form says about birth date or sex disagrees with what the
 * ID number says. The form may be less precise (1985-03 against 1985-03-12): only the part it
 * gives is compared. Unknown or unstated sex (0, 9) never disagrees.
 */
export function crossCheckIdWithForm(
  check: IdCheck,
  form: { birthDate?: string | null; sex?: string | null },
): string[] {
  const hints: string[] = []
  if (!check.ok) return hints
  if (check.birthDate && form.birthDate) {
    const given = normalizeDate(form.birthDate).value
    if (given && !check.birthDate.startsWith(given)) {
      hints.push(msg.birthMismatch(given, check.birthDate.slice(0, given.length)))
    }
  }
  if (check.sex && form.sex) {
    const given = findCode(SEX, form.sex)
    if (given && (given.code === '1' || given.code === '2') && given.code !== check.sex) {
      hints.push(msg.sexMismatch(findCode(SEX, check.sex)?.name ?? check.sex))
    }
  }
  return hints
}
