import { auditActionNames, listAudit } from '../../db/repos/auditLog'
import { CHECKPOINT_EXTENSION } from '../../shared/audit/checkpoint'
import { auditCheckpointText } from '../../shared/i18n/auditCheckpoints'
import { AppError } from '../core/appError'
import type { DomainHandlers } from '../core/handlerTypes'
import { checkpointMoment, takeCheckpoint } from '../services/audit/checkpoints/takeCheckpoint'
import { verifyAuditWithCheckpoints } from '../services/audit/checkpoints/verifyAudit'

export const auditHandlers: DomainHandlers<
  'audit.list' | 'audit.actions' | 'audit.verify' | 'audit.checkpoint'
> = {
  'audit.list': (ctx, filter) => listAudit(ctx.db, filter),
  'audit.actions': (ctx) => auditActionNames(ctx.db),
  'audit.verify': (ctx, { against }) => {
    const result = verifyAuditWithCheckpoints(
      ctx.sqlite,
      ctx.files.backupsDir,
      ctx.keys?.key ?? null,
      against && { fileName: against.fileName, bytes: Buffer.from(against.data, 'base64') },
    )
    ctx.note({ objectType: 'audit_log', detail: auditCheckpointText.auditDetail(result) })
    return result
  },
  'audit.checkpoint': (ctx) => {
    const moment = checkpointMoment(ctx.clock)
    const signed = takeCheckpoint(ctx.sqlite, 'export', moment)
    if (!signed) throw new AppError('NOT_INITIALIZED')
    const { seq, unitCode } = JSON.parse(signed.body) as { seq: number; unitCode: string }
    ctx.note({ objectType: 'audit_log', detail: auditCheckpointText.exportedDetail(seq) })
    return {
      fileName: `${unitCode}_审计检查点_${moment.localDay.replace(/-/g, '')}_${seq}${CHECKPOINT_EXTENSION}`,
      text: `${JSON.stringify(signed)}\n`,
    }
  },
}
