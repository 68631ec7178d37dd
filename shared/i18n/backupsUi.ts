import type { BackupKind, BackupStage } from '../contract/backups'
import { backupsText } from './backups'

/** 设置 → 备份: the list, the settings and 从备份恢复. */
export const backupsUiText = {
  /** The line under the progress bar: which step of the backup is under way. */
  stages: {
    space: '检查磁盘空间',
    snapshot: '写入数据库快照',
    check: '校验快照（完整性检查）',
    write: '写入备份文件',
    verify: '读回校验备份文件',
  } satisfies Record<BackupStage, string>,
  running: (kind: BackupKind) => `正在备份（${backupsText.kinds[kind]}）`,
  runningNote: '备份在后台进行，不影响继续使用；完成前请勿退出程序。',
  /** In the header on every page while a backup runs. */
  headerRunning: (percent: number) => `正在备份 ${percent}%`,
  cancelBackup: '取消备份',
  lastFailure: (kind: BackupKind, at: string, message: string) =>
    `上一次备份（${backupsText.kinds[kind]}，${at}）未完成：${message}`,
  lastFailureHint: '数据库没有受影响。请处理上述问题后点击“立即备份”重试。',
  intro:
    '备份文件（.xlbak）含加密的整个数据库和打开它所需的密钥槽，不中断使用，校验无误后才保存。每天第一次登录和退出时、升级前、导入前、接收数据包前会自动备份。备份文件与数据库一样包含个人信息（已加密），请妥善保管。',
  columns: {
    at: '时间',
    kind: '种类',
    size: '大小',
    unit: '单位',
    persons: '人员',
    organizations: '组织',
    activities: '活动',
    where: '位置',
    actions: '操作',
  },
  local: '数据目录',
  second: '第二位置',
  damaged: '已损坏',
  settingsTitle: '保留与第二位置',
  daily: '每日保留（天）',
  weekly: '每周保留（周）',
  monthly: '每月保留（月）',
  secondDir: '第二备份位置（如 U 盘上的文件夹，可留空）',
  secondDirPlaceholder: '例如 E:\\新联台账备份',
  save: '保存设置',
  saved: '备份设置已保存',
  secondProblem: (why: string) => `第二位置未收到副本：${why}`,
  restore: '从备份恢复',
  restoreTitle: (name: string) => `从备份恢复：${name}`,
  passwordLabel: '您的密码（备份来自另一台电脑时，为备份时该账号的密码）',
  verify: '校验备份',
  verifying: '正在校验…',
  verified: '备份校验通过（完整性检查正常）',
  compare: { what: '项目', backup: '备份中', today: '当前数据库' },
  rows: {
    createdAt: '备份时间',
    unit: '单位',
    persons: '人员',
    organizations: '组织',
    activities: '活动',
    suggestions: '建议',
    users: '用户',
    lastPackage: '最近上报的数据包',
  },
  noPackage: '无',
  otherUnitWarning: '这份备份属于另一个单位代码。',
  otherUnitConfirm: '在新电脑上恢复本单位',
  confirmText:
    '恢复会用备份替换当前数据库。替换前会自动把当前数据另存为“恢复前”备份。恢复后所有人需要重新登录，下一个上报数据包将是全量包。',
  confirm: '确认恢复',
  restoring: '正在恢复…',
  cancel: '取消',
  signInAfterRestore: '数据已从备份恢复，请重新登录。',
  chooseFile: '从文件选择…',
  chooseFileHint: '选择别处的备份文件（.xlbak），例如新电脑上 U 盘里的备份',
  receiving: '正在读取备份文件…',
  fileTooLarge: (mb: number) =>
    `备份文件超过 ${mb} MB，无法在此选择：请把它复制到数据目录的 backups 文件夹后从列表恢复，或用命令 xinlian restore 恢复。`,
}
