import { countPersonsByKind } from '../../../db/repos/persons'
import { selfUnit } from '../../../db/repos/units'
import { DEMO_SCALES } from '../../../shared/contract/persons'
import { personAuditText, personMessages } from '../../../shared/i18n/persons'
import { AppError } from '../../core/appError'
import type { DomainHandlers } from '../../core/handlerTypes'
import { loadDemoPersons } from '../../services/demo/loadDemo'
import { clearDemoPersons } from '../../../db/repos/demoPersons'
import { clearDemoSuggestions } from '../../../db/repos/suggestions'
import { loadDemoSuggestions } from '../../services/suggestions/demoSuggestions'

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
    // Suggestions for dashboards and the bench: one for every 20 persons, at most 5,000.
    loadDemoSuggestions(ctx.sqlite, {
      count: Math.min(5000, Math.ceil(inserted / 20)),
      siteId: unit.id,
      hlc: () => ctx.clock.hlc(),
      seed,
      year: new Date(ctx.clock.nowMs()).getFullYear(),
    })
    ctx.note({ objectType: 'persons', detail: personAuditText.demoLoaded(inserted, scale, seed) })
    return { inserted, ms: Math.round(performance.now() - started) }
  },

  'persons.clearDemo': (ctx) => {
    const hlc = ctx.clock.hlc()
    clearDemoSuggestions(ctx.sqlite, hlc)
    const removed = clearDemoPersons(ctx.sqlite, hlc)
    ctx.note({ objectType: 'persons', detail: personAuditText.demoCleared(removed) })
    return { removed }
  },
}
