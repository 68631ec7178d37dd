import type { DomainHandlers } from '../core/handlerTypes'
import { exportLedger, exportRoster } from '../services/export/exportDocuments'
import { exportPersonList } from '../services/export/exportPersonList'

export const exportsHandlers: DomainHandlers<
  'exports.persons' | 'exports.roster' | 'exports.ledger'
> = {
  'exports.persons': (ctx, input) => exportPersonList(ctx, input),
  'exports.roster': (ctx, input) => exportRoster(ctx, input),
  'exports.ledger': (ctx, input) => exportLedger(ctx, input),
}
