import { ownership } from '../../../shared/i18n/packages'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { selfUnit } from '../../../db/repos/units'

export type OwnedThing =
  'persons' | 'organizations' | 'memberships' | 'activities' | 'participants' | 'suggestions'

/**
 * Rows arrive from the units below in packages and are read-only here: the one guard every
 * write handler calls before changing a row, naming the unit that owns it. Returns this
 * unit's id (the owner's, since they are the same).
 */
export async function assertOwnedRow(
  ctx: HandlerContext,
  siteId: string,
  thing: OwnedThing,
): Promise<string> {
  const self = await selfUnit(ctx.db)
  if (!self) throw new AppError('NOT_INITIALIZED')
  const selfId = self.id
  if (siteId === selfId) return selfId
  const owner = await ctx.db
    .selectFrom('units')
    .select(['code', 'name'])
    .where('id', '=', siteId)
    .executeTakeFirst()
  const what = ownership.things[thing]!
  throw new AppError(
    'FORBIDDEN',
    owner ? ownership.notOwned(what, owner.code, owner.name) : ownership.notOwnedUnknown(what),
  )
}
