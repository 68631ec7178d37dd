import { activityAuditActions } from './activities'
import { documentAuditActions } from './documents'
import { exportAuditActions } from './exports'
import { importAuditActions } from './imports'
import { organizationAuditActions } from './organizations'
import { personAuditActions } from './persons'
import { reportAuditActions } from './reports'
import { suggestionAuditActions } from './suggestions'
import { unitAuditActions } from './unitsUi'

/** Chinese names for audit actions; each feature keeps its own, merged here. Unknown actions show their code. */
export const auditActions: Record<string, string> = {
  ...personAuditActions,
  ...importAuditActions,
  ...exportAuditActions,
  ...organizationAuditActions,
  ...activityAuditActions,
  ...documentAuditActions,
  ...suggestionAuditActions,
  ...reportAuditActions,
  ...unitAuditActions,
  'setup.init': '初始化设置',
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lock': '锁定屏幕',
  'auth.unlock': '解锁屏幕',
  'auth.changePassword': '修改密码',
  'users.create': '新建用户',
  'users.update': '修改用户',
  'users.resetPassword': '重置密码',
  'recovery.regenerateKey': '重新生成恢复密钥',
  'recovery.resetPassword': '用恢复密钥重设密码',
  'users.unlock': '解锁用户',
  'audit.verify': '校验审计日志',
  'audit.checkpoint': '导出审计检查点',
  'settings.update': '修改设置',
  'units.rename': '修改单位名称',
  'backup.create': '备份数据库',
  'backups.restore': '从备份恢复',
  'backups.updateSettings': '修改备份设置',
  'access.denied': '越权访问',
}
