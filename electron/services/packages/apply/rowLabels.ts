import type Database from 'better-sqlite3'
import type { ReceiptRow } from '../../../../shared/packages/format'
import { maskIdNumber } from '../../../../shared/privacy/mask'

/**
 * The persons a package's row report names, as the receiving staff know them: name and the
 * masked ID number. Read while the rows are still in the database (inside the preview's
 * savepoint, or after applying); the signed receipt itself carries ids only.
 */
export function labelRows(sqlite: Database.Database, rows: ReceiptRow[]): ReceiptRow[] {
  const person = sqlite.prepare('SELECT name, id_number FROM persons WHERE id = ?')
  return rows.map((r) => {
    if (r.table !== 'persons') return r
    const p = person.get(r.id) as { name: string; id_number: string | null } | undefined
    if (!p) return r
    return { ...r, label: p.id_number ? `${p.name}（${maskIdNumber(p.id_number)}）` : p.name }
  })
}
