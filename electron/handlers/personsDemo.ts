import { countPersonsByKind } from '../../db/repos/persons'
import { selfUnit } from '../../db/repos/units'
import { DEMO_SCALES } from '../../shared/contract/persons'
import { personAuditText, personMessages } from '../../shared/i18n/persons'
import { AppError } from '../core/appError'
import type { DomainHandlers } from '../core/handlerTypes'
import { loadDemoPersons } from '../services/demo/loadDemo'
import { clearDemoPersons } from '../../db/repos/demoPersons'

export const personsDemoHandlers: DomainHandlers<'persons.loadDemo' | 'persons.clearDemo'> = {
  'persons.loadDemo': async (ctx, { scale, seed }) => {
    const unit = await selfUnit(ctx.db)
    if (!unit) throw new AppError('NOT_INITIALIZED')
    const { real, demo } = await countPersonsByKind(ctx.db)
    if (real > 0) throw new AppError('CONFLICT', personMessages.demoRefusedRealData(real))
    if (demo > 0) throw new AppError('CONFLICT', personMessages.demoAlreadyLoaded(demo))
    const started = performance.now()
    const inserted = loadDemoPersons(ctx.sqlite, {
      seed,
      count: DEMO_SCALES[scale],
      unitCode: unit.code,
      siteId: unit.id,
      clock: ctx.clock,
      onProgress: (done, total) => ctx.emit('progress', { task: 'persons.loadDemo', done, total }),
    })
    ctx.note({ objectType: 'persons', detail: personAuditText.demoLoaded(inserted, scale, seed) })
    return { inserted, ms: Math.round(performance.now() - started) }
  },

  'persons.clearDemo': (ctx) => {
    const removed = clearDemoPersons(ctx.sqlite, ctx.clock.hlc())
    ctx.note({ objectType: 'persons', detail: personAuditText.demoCleared(removed) })
    return { removed }
  },
}
