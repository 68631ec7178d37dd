import type { BackupKind } from '../contract/backups'
import { common } from './common'

/** Backups (.xlbak), their rotation and restoring from one. */
export const backupsText = {
  kinds: {
    manual: '手动',
    daily: '自动（每日）',
    quit: '自动（退出时）',
    beforeMigration: '升级前',
    beforeImport: '导入前',
    beforePackage: '接收数据包前',
    beforeRestore: '恢复前',
  } satisfies Record<BackupKind, string>,
  diskFull: (dir: string, needed: number, free: number) =>
    `磁盘空间不足：备份到“${dir}”约需 ${common.fileSize(needed)}，只剩 ${common.fileSize(free)}。备份未完成，没有留下不完整的备份文件，数据库保持原样。请清理磁盘或换一个位置后重试。`,
  diskFullDuring: (dir: string) =>
    `备份到“${dir}”时磁盘已满。备份未完成，没有留下不完整的备份文件，数据库保持原样。请清理磁盘或换一个位置后重试。`,
  notABackup: (name: string) => `“${name}”不是新联台账的备份文件，或已损坏（校验不通过）。`,
  backupNotFound: (name: string) => `找不到备份文件“${name}”`,
  receiveNoSpace: (dir: string, needed: number, free: number) =>
    `磁盘空间不足：复制备份文件到“${dir}”约需 ${common.fileSize(needed)}，只剩 ${common.fileSize(free)}。没有留下不完整的文件，数据库保持原样。请清理磁盘后重试。`,
  receiveBroken: (name: string) =>
    `备份文件“${name}”没有完整收到（传送中断）。请重新选择这个文件。`,
  secondDirUnset: '尚未设置第二备份位置',
  secondDirMissing: (dir: string) =>
    `第二备份位置“${dir}”不存在或未插入（如 U 盘），本次备份只保存在数据目录中。`,
  needsPassword: '这份备份来自另一台电脑（密钥不同）：请输入备份时您这个账号的密码，用它打开备份。',
  wrongPassword: '密码打不开这份备份：请输入备份时您这个账号的密码。',
  otherUnit: (backupUnit: string, today: string) =>
    `这份备份属于“${backupUnit}”，不是本单位“${today}”。只有在新电脑上恢复本单位的数据时才可继续：请勾选“在新电脑上恢复本单位”。`,
  manifestForged: '备份文件的说明部分被改动过，已拒绝使用。',
  integrity: (detail: string) => `备份中的数据库校验失败：${detail}`,
  newerSchema: (version: number) =>
    `这份备份来自更新版本的程序（数据结构版本 ${version}），请先升级本程序再恢复。`,
  restored: (name: string, safety: string) =>
    `已从备份“${name}”恢复；恢复前的数据已另存为“${safety}”。下一个上报数据包将是全量包。`,
  restoreAudit: (name: string, createdAt: string, safety: string) =>
    `从备份 ${name}（${createdAt}）恢复，恢复前的数据另存为 ${safety}`,
  restoreFailed: (detail: string) => `恢复未完成，原数据库保持原样：${detail}`,
  settingsAudit: (daily: number, weekly: number, monthly: number, second: string | null) =>
    `备份保留：每日 ${daily}、每周 ${weekly}、每月 ${monthly}；第二位置：${second ?? '无'}`,
}
