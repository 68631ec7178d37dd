import { saveMark } from '../../../db/repos/crossUnitDuplicates'
import { crossUnit as text } from '../../../shared/i18n/crossUnit'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  crossUnitPage,
  crossUnitPairs,
  orderedPair,
  pairKey,
} from '../../services/persons/crossUnitPairs'
import { selfUnit } from '../../../db/repos/units'

async function selfId(ctx: HandlerContext): Promise<string> {
  const self = await selfUnit(ctx.db)
  if (!self) throw new AppError('NOT_INITIALIZED')
  return self.id
}

export const crossUnitHandlers: DomainHandlers<
  'persons.crossUnitDuplicates' | 'persons.markCrossUnitPair'
> = {
  'persons.crossUnitDuplicates': async (ctx, q) =>
    crossUnitPage(crossUnitPairs(ctx.sqlite, await selfId(ctx)), q),

  'persons.markCrossUnitPair': async (ctx, { personA, personB, verdict, note }) => {
    const site = await selfId(ctx)
    const pair = orderedPair(personA, personB)
    const find = () =>
      crossUnitPairs(ctx.sqlite, site).find(
        (p) => pairKey(p.a.personId, p.b.personId) === pairKey(pair.a, pair.b),
      )
    const before = find()
    // Only a pair the list shows can be marked: no verdicts on arbitrary ids.
    if (!before) throw new AppError('BAD_INPUT', text.notDuplicate)
    saveMark(ctx.sqlite, {
      newId: uuidv7(),
      siteId: site,
      ...pair,
      verdict,
      note: note || null,
      stamp: ctx.clock.hlc(),
    })
    ctx.note({
      objectType: 'person',
      objectId: pair.a,
      detail: text.audit(verdict && text.verdicts[verdict]!, before.a.name, before.b.name),
    })
    return find()!
  },
}
