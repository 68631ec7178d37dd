import { batchPersons, findImportBatch, markBatchRolledBack } from '../../../db/repos/imports'
import { personBulkWriter, type StoredPerson } from '../../../db/repos/personsBulk'
import type { ImportRollbackResult } from '../../../shared/contract/imports'
import { importAuditText, importBatchText } from '../../../shared/i18n/imports'
import type { PersonFields } from '../../../shared/persons/types'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import { personAuditTrail } from './auditTrail'

/**
 * Undoes an import as a whole: persons it created are removed (purged, leaving the tombstone
 * every deletion leaves), persons it updated get back the record they had before. A person
 * edited after the import (its stamp moved on, in the app or by a later import) would lose
 * that edit: then nothing is undone and the message names who.
 */
export async function rollbackImport(
  ctx: HandlerContext,
  batchId: string,
): Promise<ImportRollbackResult> {
  const user = currentUser(ctx)
  const batch = await findImportBatch(ctx.db, batchId)
  if (!batch) throw new AppError('NOT_FOUND', importBatchText.notFound)
  if (batch.kind !== 'persons') throw new AppError('CONFLICT', importBatchText.notARoster)
  if (batch.status === 'rolledBack') {
    throw new AppError(
      'CONFLICT',
      importBatchText.alreadyRolledBack(batch.rolled_back_at ?? '', batch.rolled_back_by ?? ''),
    )
  }
  const bulk = personBulkWriter(ctx.sqlite)
  const items = batchPersons(ctx.sqlite, batchId)
  const current = new Map<number, StoredPerson>()
  const changed: string[] = []
  for (const item of items) {
    const person = bulk.read(item.person_rid)
    if (!person) continue
    if (person.updatedAt !== item.stamp) changed.push(person.fields.name)
    else current.set(item.person_rid, person)
  }
  if (changed.length) {
    throw new AppError(
      'CONFLICT',
      importBatchText.changedSince(changed.length, changed.slice(0, 3).join('、')),
    )
  }
  const audit = personAuditTrail(
    ctx.sqlite,
    { userId: user.userId, username: user.username },
    'imports.rollback',
    () => ctx.clock.nowIso(),
  )
  let removed = 0
  let restored = 0
  for (const item of items) {
    const person = current.get(item.person_rid)
    if (!person) continue
    const stamp = ctx.clock.hlc()
    if (item.op === 'create') {
      bulk.purge(person, stamp)
      audit(person.id, importAuditText.personRemoved(person.fields.name, batchId))
      removed++
    } else {
      const before = JSON.parse(item.before_json ?? 'null') as PersonFields | null
      if (!before) continue
      bulk.update(person, before, stamp)
      audit(person.id, importAuditText.personRestored(before.name, batchId))
      restored++
    }
  }
  await markBatchRolledBack(ctx.db, batchId, ctx.clock.nowIso(), user.username)
  ctx.note({
    objectType: 'import_batch',
    objectId: batchId,
    detail: importAuditText.rolledBack(batch.file_name, removed, restored),
  })
  return { batchId, removed, restored }
}
