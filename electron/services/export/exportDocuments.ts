import type { Contract } from '../../../shared/contract'
import type { ExportResult } from '../../../shared/contract/exports'
import type { ParsedInputOf } from '../../../shared/contract/procedure'
import { exportAuditText, exportText } from '../../../shared/i18n/exports'
import { maskForViewer } from '../../../shared/privacy/viewerView'
import type { HandlerContext } from '../../core/context'
import { longWorkOf } from '../../core/longWork'
import { activitiesDocumentsHandlers } from '../../handlers/activities/activitiesDocuments'
import { writeDocumentSheet } from './documentWorkbook'
import { deliverExport } from './deliverExport'
import { assertMayUnmask } from './exportPersonList'
import { fileStamp } from './exportFiles'

/*
 * An organization's members, an activity's participants and a year's activity ledger, as
 * .xlsx: the print models of the documents handlers (the same rows the printed page shows,
 * masked the same way) laid out as an office sheet.
 */

type RosterExport = ParsedInputOf<Contract['exports.roster']>
type LedgerExport = ParsedInputOf<Contract['exports.ledger']>

export async function exportRoster(
  ctx: HandlerContext,
  input: RosterExport,
): Promise<ExportResult> {
  const { unmasked, ...rosterInput } = input
  const masked = !unmasked
  if (!masked) assertMayUnmask(ctx)
  const docs = activitiesDocumentsHandlers
  // Long work: the rows are read in one turn of the queue; the sheet is written beside it.
  const roster = await longWorkOf(ctx).turn(() =>
    masked
      ? docs['documents.roster'](ctx, rosterInput)
      : docs['documents.rosterUnmasked'](ctx, rosterInput),
  )
  const stamp = fileStamp(new Date(ctx.clock.nowMs()))
  return deliverExport(ctx, {
    action: 'exports.roster',
    fileName: exportText.rosterFileName(roster.title, stamp),
    masked,
    write: async (path) => ({
      rows: await writeDocumentSheet(path, exportText.rosterSheet, roster),
      detail: exportAuditText.roster(roster.title, roster.count, masked),
    }),
  })
}

export async function exportLedger(
  ctx: HandlerContext,
  input: LedgerExport,
): Promise<ExportResult> {
  // The ledger sheet is always masked: activity notes may hold numbers typed in by hand.
  const ledger = maskForViewer(
    await longWorkOf(ctx).turn(() => activitiesDocumentsHandlers['documents.ledger'](ctx, input)),
  )
  const stamp = fileStamp(new Date(ctx.clock.nowMs()))
  return deliverExport(ctx, {
    action: 'exports.ledger',
    fileName: exportText.ledgerFileName(input.year, stamp),
    masked: true,
    write: async (path) => {
      const rows = await writeDocumentSheet(path, exportText.ledgerSheet(input.year), ledger)
      return { rows, detail: exportAuditText.ledger(input.year, rows) }
    },
  })
}
