import {
  insertPerson,
  purgePerson,
  restorePerson,
  softDeletePerson,
  updatePerson,
  findPerson,
} from '../../../db/repos/persons'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { personAuditText, personMessages } from '../../../shared/i18n/persons'
import { changedFieldLabels } from '../../../shared/persons/changedFields'
import type { PersonDraft } from '../../../shared/persons/validatePerson'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { toPersonDetail } from '../../services/persons/personDetail'
import { assertIdNumberFree, preparePerson } from '../../services/persons/preparePerson'
import { assertOwned, personOr404, selfUnitId, todayOf } from './personsShared'

async function detail(ctx: HandlerContext, id: string, unitId: string) {
  const record = await findPerson(ctx.db, id)
  if (!record) throw new AppError('NOT_FOUND')
  return toPersonDetail(record, unitId)
}

function note(ctx: HandlerContext, id: string, detailText: string) {
  ctx.note({ objectType: 'person', objectId: id, detail: detailText })
}

export const personsWriteHandlers: DomainHandlers<
  | 'persons.create'
  | 'persons.update'
  | 'persons.delete'
  | 'persons.restore'
  | 'persons.purge'
  | 'persons.reveal'
> = {
  'persons.create': async (ctx, input) => {
    const unitId = await selfUnitId(ctx)
    const { fields, warnings } = await preparePerson(ctx.db, input, todayOf(ctx))
    await assertIdNumberFree(ctx.db, fields.idNumber, null)
    const id = uuidv7(ctx.clock.nowMs())
    await insertPerson(ctx.db, { id, siteId: unitId, stamp: ctx.clock.hlc(), fields })
    note(ctx, id, personAuditText.created(fields.name))
    return { person: await detail(ctx, id, unitId), warnings }
  },

  'persons.update': async (ctx, { id, version, ...patch }) => {
    const before = await personOr404(ctx, id, 'live')
    const unitId = await assertOwned(ctx, before)
    if (version && version !== before.updatedAt)
      throw new AppError('CONFLICT', personMessages.staleVersion)
    const draft: PersonDraft = { ...before.fields }
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (draft as Record<string, unknown>)[key] = value
    }
    const { fields, warnings } = await preparePerson(ctx.db, draft, todayOf(ctx))
    if (fields.idNumber !== before.fields.idNumber)
      await assertIdNumberFree(ctx.db, fields.idNumber, id)
    const changed = changedFieldLabels(before.fields, fields)
    if (changed.length) await updatePerson(ctx.db, before, fields, ctx.clock.hlc())
    note(ctx, id, personAuditText.updated(fields.name, changed))
    return { person: await detail(ctx, id, unitId), warnings }
  },

  'persons.delete': async (ctx, { id }) => {
    const record = await findPerson(ctx.db, id)
    if (!record) throw new AppError('NOT_FOUND')
    if (record.deletedAt) throw new AppError('CONFLICT', personMessages.alreadyDeleted)
    await assertOwned(ctx, record)
    await softDeletePerson(ctx.db, record, ctx.clock.hlc())
    note(ctx, id, personAuditText.deleted(record.fields.name))
    return null
  },

  'persons.restore': async (ctx, { id }) => {
    const record = await personOr404(ctx, id, 'binned')
    const unitId = await assertOwned(ctx, record)
    // Someone may have registered the same number again while this record sat in the bin.
    await assertIdNumberFree(ctx.db, record.fields.idNumber, id, true)
    await restorePerson(ctx.db, record, record.fields, ctx.clock.hlc())
    note(ctx, id, personAuditText.restored(record.fields.name))
    return detail(ctx, id, unitId)
  },

  'persons.purge': async (ctx, { id }) => {
    const record = await findPerson(ctx.db, id)
    if (!record) throw new AppError('NOT_FOUND')
    if (!record.deletedAt) throw new AppError('CONFLICT', personMessages.purgeNeedsBin)
    await assertOwned(ctx, record)
    await purgePerson(ctx.db, record, ctx.clock.hlc())
    note(ctx, id, personAuditText.purged(record.fields.name))
    return null
  },

  'persons.reveal': async (ctx, { id }) => {
    const record = await personOr404(ctx, id, 'any')
    note(ctx, id, personAuditText.revealed(record.fields.name))
    return { idNumber: record.fields.idNumber, phone: record.fields.phone }
  },
}
