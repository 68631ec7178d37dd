import type BetterSqlite3 from 'better-sqlite3'
import type { PersonBulkWriter, StoredPerson } from '../../../db/repos/personsBulk'
import type { PersonFields } from '../../../shared/persons/types'

export type PersonMatch =
  | { kind: 'none' }
  | { kind: 'found'; person: StoredPerson; by: 'idNumber' | 'nameBirth' | 'nameEmployer' }
  | { kind: 'binned' }
  | { kind: 'ambiguous' }

/**
 * Who a row is in the register. The ID number decides when the row has one (the recycle bin
 * counts: the same number there must be restored, not registered twice). Without one, the
 * name and birth date must point at exactly one live person; without a birth date either,
 * the name and employer at exactly one live person who has neither. Several candidates:
 * ambiguous, never a guess.
 */
export function personMatcher(sqlite: BetterSqlite3.Database, bulk: PersonBulkWriter) {
  // No ORDER BY: sorting one or two rows costs a temporary B-tree per lookup (3× slower).
  const byId = sqlite
    .prepare(
      'SELECT rid, deleted_at IS NOT NULL FROM persons WHERE id_number = ? AND purged_at IS NULL',
    )
    .raw()
  const byNameBirth = sqlite
    .prepare(
      'SELECT rid FROM persons WHERE name = ? AND birth_date = ? AND deleted_at IS NULL LIMIT 2',
    )
    .pluck()
  const byNameEmployer = sqlite
    .prepare(
      `SELECT rid FROM persons WHERE name = ? AND deleted_at IS NULL AND id_number IS NULL
         AND birth_date IS NULL AND employer IS ? LIMIT 2`,
    )
    .pluck()

  return (fields: PersonFields): PersonMatch => {
    if (fields.idNumber) {
      const rows = byId.all(fields.idNumber) as [number, number][]
      const live = rows.find((r) => r[1] === 0)
      if (live) return found(live[0], 'idNumber')
      return rows.length ? { kind: 'binned' } : { kind: 'none' }
    }
    const rids = (
      fields.birthDate
        ? byNameBirth.all(fields.name, fields.birthDate)
        : byNameEmployer.all(fields.name, fields.employer)
    ) as number[]
    if (rids.length > 1) return { kind: 'ambiguous' }
    if (rids.length === 0) return { kind: 'none' }
    return found(rids[0]!, fields.birthDate ? 'nameBirth' : 'nameEmployer')
  }

  function found(rid: number, by: 'idNumber' | 'nameBirth' | 'nameEmployer'): PersonMatch {
    const person = bulk.readForMatch(rid)
    return person ? { kind: 'found', person, by } : { kind: 'none' }
  }
}

/** The key that makes two rows of one file the same person, on the same rule. */
export function rowKey(fields: PersonFields): { key: string; by: 'idNumber' | 'name' } {
  if (fields.idNumber) return { key: `id\u0000${fields.idNumber}`, by: 'idNumber' }
  if (fields.birthDate)
    return { key: `nb\u0000${fields.name}\u0000${fields.birthDate}`, by: 'name' }
  return { key: `ne\u0000${fields.name}\u0000${fields.employer ?? ''}`, by: 'name' }
}
