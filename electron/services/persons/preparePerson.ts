import type { Kysely } from 'kysely'
import type { Database } from '../../../db/schema'
import { resolveDictionaryCode } from '../../../db/repos/dictionaries'
import { findDuplicates } from '../../../db/repos/persons'
import { personFieldLabels, personMessages } from '../../../shared/i18n/persons'
import {
  validatePerson,
  type PersonDraft,
  type PersonIssue,
} from '../../../shared/persons/validatePerson'
import type { PersonFields } from '../../../shared/persons/types'
import { AppError } from '../../core/appError'

/**
 * A draft → the record to store: validated and normalized (shared/persons/validatePerson),
 * dictionary fields resolved against the local dictionaries. Throws BAD_INPUT with one
 * Chinese message per problem, each naming its field.
 */
export async function preparePerson(
  db: Kysely<Database>,
  draft: PersonDraft,
  today: string,
): Promise<{ fields: PersonFields; warnings: string[] }> {
  const { value, errors, warnings } = validatePerson(draft, { today })
  for (const key of ['township', 'community'] as const) {
    const text = value[key]
    if (!text) continue
    const entry = await resolveDictionaryCode(db, key, text)
    if (entry) value[key] = entry.code
    else
      errors.push({
        path: key,
        message: personMessages.notInDictionary(personFieldLabels[key], text),
      })
  }
  if (errors.length) throw badInput(errors)
  return { fields: value, warnings }
}

export function badInput(errors: PersonIssue[]): AppError {
  return new AppError('BAD_INPUT', errors.map((e) => e.message).join('；'), errors)
}

/**
 * The same ID number twice in the register is refused; the recycle bin counts too, except
 * when restoring (`liveOnly`): then only a live holder of the number blocks.
 */
export async function assertIdNumberFree(
  db: Kysely<Database>,
  idNumber: string | null,
  exceptId: string | null,
  liveOnly = false,
): Promise<void> {
  if (!idNumber) return
  const same = (await findDuplicates(db, { idNumber, name: null, birthDate: null })).filter(
    (d) => d.id !== exceptId && (!liveOnly || d.deleted_at === null),
  )
  if (same.length === 0) return
  const live = same.some((d) => d.deleted_at === null)
  throw new AppError(
    'CONFLICT',
    live ? personMessages.duplicateId : personMessages.duplicateIdInBin,
    [
      {
        path: 'idNumber',
        message: live ? personMessages.duplicateId : personMessages.duplicateIdInBin,
      },
    ],
  )
}
