import { buildStatusBoardSheet } from '../../../shared/documents/statusBoard'
import { boardUi } from '../../../shared/i18n/boardUi'
import type { HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { decidePeriod } from '../../services/packages/board/decide'
import { packageDetail } from '../../services/packages/board/packageDetail'
import { statusBoard } from '../../services/packages/board/statusBoard'
import { writeDocumentSheet } from '../../services/export/documentWorkbook'
import { deliverExport } from '../../services/export/deliverExport'
import { fileStamp } from '../../services/export/exportFiles'
import { todayOf } from '../persons/personsShared'
import { selfUnitOr500 } from '../units/units'

async function sheet(ctx: HandlerContext, period: string | undefined) {
  const self = await selfUnitOr500(ctx)
  const board = await statusBoard(ctx, self, { period })
  return buildStatusBoardSheet(board, { unitName: self.name, date: todayOf(ctx) })
}

export const packagesBoardHandlers: DomainHandlers<
  | 'packages.statusBoard'
  | 'packages.boardSheet'
  | 'packages.exportBoard'
  | 'packages.detail'
  | 'packages.review'
> = {
  'packages.statusBoard': async (ctx, { period }) =>
    statusBoard(ctx, await selfUnitOr500(ctx), { period }),

  'packages.boardSheet': (ctx, { period }) => sheet(ctx, period),

  'packages.exportBoard': async (ctx, { period }) => {
    const model = await sheet(ctx, period)
    return deliverExport(ctx, {
      action: 'packages.exportBoard',
      fileName: boardUi.print.fileName(fileStamp(new Date(ctx.clock.nowMs()))),
      // Units, periods and counts only: nothing personal to mask.
      masked: true,
      write: async (path) => {
        const rows = await writeDocumentSheet(path, boardUi.print.sheetName, model)
        return { rows, detail: boardUi.print.exportAudit(rows) }
      },
    })
  },

  'packages.detail': (ctx, { packageId }) => packageDetail(ctx, packageId),

  'packages.review': async (ctx, input) => decidePeriod(ctx, await selfUnitOr500(ctx), input),
}
