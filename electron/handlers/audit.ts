import { auditActionNames, listAudit } from '../../db/repos/auditLog'
import type { DomainHandlers } from '../core/handlerTypes'
import { verifyAuditLog } from '../services/audit/auditLog'

export const auditHandlers: DomainHandlers<'audit.list' | 'audit.actions' | 'audit.verify'> = {
  'audit.list': (ctx, filter) => listAudit(ctx.db, filter),
  'audit.actions': (ctx) => auditActionNames(ctx.db),
  'audit.verify': (ctx) => {
    const result = verifyAuditLog(ctx.sqlite)
    ctx.note({
      objectType: 'audit_log',
      detail: result.ok
        ? `完整，${result.checked} 条`
        : `${result.brokenCount} 处不连续，首处第 ${result.firstBrokenSeq} 条`,
    })
    return result
  },
}
