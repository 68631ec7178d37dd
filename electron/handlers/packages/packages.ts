import type { PackageListItem } from '../../../shared/contract/packages'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  exportPackage,
  planExport,
  previewOf,
} from '../../services/packages/exchange/exportPackage'
import {
  importPackage,
  summaryOf,
  verifyHere,
} from '../../services/packages/exchange/importPackage'
import { receiveReceipt } from '../../services/packages/exchange/receiveReceipt'
import { PackageRefusal } from '../../services/packages/refusal'
import { AppError } from '../../core/appError'
import { selfUnitOr500 } from '../units/units'

const fromBase64 = (data: string) => Buffer.from(data, 'base64')

export const packagesHandlers: DomainHandlers<
  | 'packages.exportPreview'
  | 'packages.export'
  | 'packages.verify'
  | 'packages.import'
  | 'packages.importReceipt'
  | 'packages.list'
> = {
  'packages.exportPreview': async (ctx, input) =>
    previewOf(await planExport(ctx, await selfUnitOr500(ctx), input)),

  'packages.export': async (ctx, input) => exportPackage(ctx, () => selfUnitOr500(ctx), input),

  'packages.verify': async (ctx, { data }) => {
    try {
      return summaryOf(
        await verifyHere(ctx, await selfUnitOr500(ctx), fromBase64(data), 'upward', 'check'),
      )
    } catch (e) {
      if (e instanceof PackageRefusal) throw new AppError('BAD_INPUT', e.message)
      throw e
    }
  },

  'packages.import': async (ctx, { data, fileName, dryRun }) =>
    importPackage(ctx, () => selfUnitOr500(ctx), fromBase64(data), {
      dryRun,
      fileName,
      noted: (inside, outcome) => {
        const what = outcome.summary
          ? `${outcome.summary.sender.code} ${outcome.summary.period} ${fileName}`
          : fileName
        inside.note({
          objectType: 'package',
          objectId: outcome.summary?.packageId,
          detail:
            outcome.status === 'refused'
              ? `拒收数据包 ${fileName}：${outcome.reason}`
              : outcome.status === 'applied'
                ? `导入数据包 ${what}，已签发回执（${outcome.receipt?.status}）`
                : `${outcome.status === 'preview' ? '预览' : '重复导入'}数据包 ${what}`,
        })
      },
    }),

  'packages.importReceipt': async (ctx, { text }) => receiveReceipt(ctx, text),

  'packages.list': async (ctx) => {
    const rows = await ctx.db
      .selectFrom('packages')
      .selectAll()
      .orderBy('status_at', 'desc')
      .execute()
    const receiptRows = await ctx.db.selectFrom('receipts').select(['package_id', 'body']).execute()
    return rows.map((r): PackageListItem => {
      const receipt = receiptRows.find((x) => x.package_id === r.id)
      const counts = Object.fromEntries(
        (JSON.parse(r.counts) as { table: string; rows: number; deleted: number }[]).map((t) => [
          t.table,
          { rows: t.rows, deleted: t.deleted },
        ]),
      )
      return {
        packageId: r.id,
        direction: r.direction,
        otherUnit:
          r.direction === 'sent'
            ? { code: r.receiver_code, name: r.receiver_name }
            : { code: r.sender_code, name: r.sender_name },
        kind: r.kind,
        period: r.period,
        fileName: r.file_name,
        createdAt: r.created_at,
        status: r.status,
        statusReason: r.status_reason,
        statusAt: r.status_at,
        counts,
        receiptRows: receipt ? (JSON.parse(receipt.body) as { rows: unknown[] }).rows.length : 0,
      }
    })
  },
}
