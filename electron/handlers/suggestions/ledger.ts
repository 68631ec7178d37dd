import { allSuggestionRows } from '../../../db/repos/suggestionList'
import {
  buildSuggestionLedger,
  type SuggestionLedger,
} from '../../../shared/documents/suggestionLedger'
import { suggestionLedgerText as text } from '../../../shared/i18n/suggestions'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { unitName } from '../../services/documents/localNames'
import { fileStamp } from '../../services/export/exportFiles'
import { deliverExport } from '../../services/export/deliverExport'
import { writeDocumentSheet } from '../../services/export/documentWorkbook'
import { loadRuleBook, versionFor } from '../../services/suggestions/rules'
import { todayOf } from '../persons/personsShared'
import { yearFigures } from './read'
import { toSuggestions } from './shared'

async function ledger(ctx: HandlerContext, year: number): Promise<SuggestionLedger> {
  const list = await toSuggestions(ctx, allSuggestionRows(ctx.sqlite, { year }))
  return buildSuggestionLedger(year, list, yearFigures(ctx, year), {
    unitName: await unitName(ctx.db),
    date: todayOf(ctx),
    ruleVersion: versionFor(loadRuleBook(ctx.sqlite), `${year}-01-01`),
  })
}

export const suggestionLedgerHandlers: DomainHandlers<
  'suggestions.ledger' | 'suggestions.exportLedger'
> = {
  'suggestions.ledger': (ctx, { year }) => ledger(ctx, year),

  'suggestions.exportLedger': async (ctx, { year }) => {
    const model = await ledger(ctx, year)
    return deliverExport(ctx, {
      action: 'suggestions.exportLedger',
      fileName: text.fileName(year, fileStamp(new Date(ctx.clock.nowMs()))),
      masked: true,
      write: async (path) => {
        const rows = await writeDocumentSheet(path, text.sheetName(year), model)
        return { rows, detail: text.exportAudit(year, rows) }
      },
    })
  },
}
