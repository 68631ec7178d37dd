import { findDuplicates, listRecycleBin } from '../../../db/repos/persons'
import { selfUnit } from '../../../db/repos/units'
import { normalizeDate } from '../../../shared/dates/normalizeDate'
import { checkIdNumber } from '../../../shared/idcard/checkIdNumber'
import { normalizeIdNumber } from '../../../shared/idcard/normalizeIdNumber'
import { normalizePersonName } from '../../../shared/persons/normalizeName'
import { maskIdNumber } from '../../../shared/privacy/mask'
import type { DomainHandlers } from '../../core/handlerTypes'
import { countByUnit } from '../../services/packages/countByUnit'
import { toPersonDetail } from '../../services/persons/personDetail'
import { personHistory } from '../../services/persons/personHistory'
import { countPersons, listPersons, searchPersonRows } from '../../services/persons/personList'
import { hlcToIso } from '../../services/persons/stamps'
import { searchableQuery } from '../../services/privacy/identifierSearch'
import { personOr404, todayOf } from './personsShared'

export const personsReadHandlers: DomainHandlers<
  | 'persons.list'
  | 'persons.count'
  | 'persons.search'
  | 'persons.get'
  | 'persons.history'
  | 'persons.checkDuplicate'
  | 'persons.recycleBin'
> = {
  'persons.list': (ctx, input) =>
    listPersons(
      ctx.sqlite,
      { ...input, query: searchableQuery(ctx, 'persons.list', input.query) },
      todayOf(ctx),
    ),

  'persons.count': (ctx, { unit, byUnit: withUnits, ...filter }) => {
    if (unit) {
      const byUnit = countByUnit(ctx.sqlite)
      return { count: byUnit.find((u) => u.code === unit)?.count ?? 0, byUnit }
    }
    const query = searchableQuery(ctx, 'persons.count', filter.query)
    const count = countPersons(ctx.sqlite, { ...filter, query }, todayOf(ctx))
    return withUnits ? { count, byUnit: countByUnit(ctx.sqlite) } : { count }
  },

  'persons.search': (ctx, { query, limit }) =>
    searchPersonRows(
      ctx.sqlite,
      searchableQuery(ctx, 'persons.search', query) ?? '',
      limit,
      todayOf(ctx),
    ),

  'persons.get': async (ctx, { id }) => {
    const record = await personOr404(ctx, id, 'any')
    const detail = toPersonDetail(record, (await selfUnit(ctx.db))?.id ?? null)
    if (detail.ownedHere) return detail
    const owner = await ctx.db
      .selectFrom('units')
      .select(['code', 'name'])
      .where('id', '=', record.siteId)
      .executeTakeFirst()
    return owner ? { ...detail, owner } : detail
  },

  'persons.history': (ctx, { id }) => personHistory(ctx.db, id),

  'persons.checkDuplicate': async (ctx, input) => {
    const idNumber = input.idNumber ? normalizeIdNumber(input.idNumber) || null : null
    const name = normalizePersonName(input.name) || null
    let birthDate = input.birthDate ? normalizeDate(input.birthDate).value : null
    // A valid ID number says the birth date even when the form has not got it yet.
    if (!birthDate && idNumber) birthDate = checkIdNumber(idNumber).birthDate ?? null
    const rows = await findDuplicates(ctx.db, {
      idNumber,
      name,
      birthDate,
      excludeId: input.excludeId,
    })
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      birthDate: r.birth_date,
      idNumber: r.id_number ? maskIdNumber(r.id_number) : null,
      employer: r.employer,
      reason: r.reason,
      deleted: r.deleted_at !== null,
    }))
  },

  'persons.recycleBin': async (ctx, { page, pageSize }) => {
    const { total, rows } = await listRecycleBin(ctx.db, page, pageSize)
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        idNumber: r.id_number ? maskIdNumber(r.id_number) : null,
        employer: r.employer,
        deletedAt: hlcToIso(r.deleted_at!),
      })),
    }
  },
}
