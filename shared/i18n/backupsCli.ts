import type { BackupEntry } from '../contract/backups'
import { backupsText } from './backups'
import { common } from './common'

/** `xinlian backups list` and `xinlian restore`. */
export const backupsCliText = {
  'backups list': {
    summary: '列出数据目录中的备份（.xlbak）',
    description:
      '列出数据目录 backups 文件夹中的备份：时间、种类、大小、单位和人数。备份的说明部分不含个人信息，不登录也能查看；加 --user 登录后还会列出第二备份位置中的备份。',
    user: '登录账号（可选；登录后也列出第二备份位置）',
    examples: [
      'xinlian backups list --data-dir D:\\新联台账',
      'XINLIAN_PASSWORD=… xinlian backups list --data-dir D:\\新联台账 --user admin --json',
    ],
    none: '还没有备份',
    line: (e: BackupEntry) =>
      e.manifest
        ? `${e.name}  ${e.manifest.createdAt}  ${backupsText.kinds[e.manifest.kind]}  ${common.fileSize(e.bytes)}  ${e.manifest.unit ? `${e.manifest.unit.code} ${e.manifest.unit.name}` : '—'}  人员 ${e.manifest.counts.persons}${e.location === 'second' ? '  （第二位置）' : ''}`
        : `${e.name}  已损坏，无法读取`,
  },
  restore: {
    summary: '从备份文件恢复数据库（与“设置 → 备份 → 从备份恢复”相同）',
    description:
      '校验备份文件，先把当前数据库另存为“恢复前”备份，再用备份替换数据库并重新打开，写入审计日志。需要管理员账号（--user）。备份来自另一台电脑时，密码是备份时该账号的密码；数据目录还没有数据库时（新电脑），直接放入备份中的数据。备份属于另一个单位时须加 --other-unit（在新电脑上恢复本单位）。恢复后下一个上报数据包为全量包。',
    fileArg: '备份文件（.xlbak）',
    otherUnit: '确认恢复另一个单位代码的备份（在新电脑上恢复本单位）',
    appRunning: (pid: number, lockFile: string) =>
      `新联台账程序正在使用这个数据目录（进程 ${pid}），恢复会替换它正在写入的数据库。请先退出程序再恢复，或在程序中用“设置 → 备份 → 从备份恢复”。如确认程序已退出，删除数据目录中的 ${lockFile} 后重试。`,
    examples: [
      'XINLIAN_PASSWORD=… xinlian restore E:\\备份\\xinlian-20261206-081500-daily.xlbak --data-dir D:\\新联台账 --user admin',
    ],
    done: (name: string, safety: string | null) =>
      safety
        ? `已从备份“${name}”恢复；恢复前的数据已另存为“${safety}”。下一个上报数据包将是全量包。请重新登录。`
        : `已从备份“${name}”恢复到新的数据目录。下一个上报数据包将是全量包。`,
  },
}
