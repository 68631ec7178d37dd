import type { HandlerContext } from '../../core/context'
import { selfUnit } from '../../../db/repos/units'

/** Who holds a travelling row, as every ledger row shows it at an upper unit. */
export interface RowOwner {
  ownedHere: boolean
  /** 行政区划代码 and name of the owning unit; empty for a unit not (yet) on record here. */
  unitCode: string
  unitName: string
}

/**
 * One lookup for a whole page of rows: this unit's id and every unit on record (a handful
 * to a few hundred), so each row can name its owner without a query of its own.
 */
export async function rowOwners(ctx: HandlerContext): Promise<(siteId: string) => RowOwner> {
  const selfId = (await selfUnit(ctx.db))?.id ?? null
  const units = await ctx.db.selectFrom('units').select(['id', 'code', 'name']).execute()
  const byId = new Map(units.map((u) => [u.id, u]))
  return (siteId) => {
    const u = byId.get(siteId)
    return { ownedHere: siteId === selfId, unitCode: u?.code ?? '', unitName: u?.name ?? '' }
  }
}
