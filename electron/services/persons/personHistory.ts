import type { Kysely } from 'kysely'
import { auditRowsOfPerson, importsCreatingPerson } from '../../../db/repos/personHistory'
import type { Database } from '../../../db/schema'
import type { PersonHistoryEntry } from '../../../shared/contract/persons'
import { auditActions } from '../../../shared/i18n/audit'
import { importAuditText } from '../../../shared/i18n/imports'

const IMPORT_ACTION = 'imports.apply'

/**
 * A person's 变更记录: the audit rows about them, and the import that created them — an
 * import audits itself once, not each of its thousands of new persons — oldest first.
 */
export async function personHistory(
  db: Kysely<Database>,
  personId: string,
): Promise<PersonHistoryEntry[]> {
  const [audited, imported] = await Promise.all([
    auditRowsOfPerson(db, personId),
    importsCreatingPerson(db, personId),
  ])
  const entries: PersonHistoryEntry[] = imported.map((b) => ({
    at: b.at,
    username: b.username,
    action: IMPORT_ACTION,
    actionName: auditActions[IMPORT_ACTION] ?? IMPORT_ACTION,
    result: 'ok',
    detail: importAuditText.personCreated(b.fileName, b.batchId, b.status === 'rolledBack'),
  }))
  for (const r of audited) {
    entries.push({
      at: r.at,
      username: r.username,
      action: r.action,
      actionName: auditActions[r.action] ?? r.action,
      result: r.result,
      detail: r.detail,
    })
  }
  // A stable sort: what happened at the same instant keeps the creation first.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}
