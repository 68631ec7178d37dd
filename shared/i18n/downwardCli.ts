import type { CommandText } from './cli'

const partNames: Record<string, string> = {
  dictionaries: '字典条目',
  reporting_tasks: '报送任务',
  score_rules: '建言献策计分规则',
  report_templates: '报表模板',
  key_revocations: '密钥吊销',
}
const part = (name: string) => partNames[name] ?? name

/** Text of the `downward` commands: the upper unit's 下发 package. */
export const downwardCliText = {
  'downward export': {
    summary: '生成发给下级单位的下发数据包（.xlpkg）',
    description:
      '把本单位的活动类型和细分领域、报送任务（期间、截止日期、须含内容）、建言献策计分规则、自建的报表模板和已吊销的密钥签名后写入下发数据包，默认用下级单位的密钥加密。--min-version 要求下级使用的新联台账不低于该版本。',
    to: '下级单位的行政区划代码',
    minVersion: '下级须使用的最低版本，如 0.4 或 0.4.2',
    plain: '不加密（仅在下级没有登记密钥时使用）',
    out: '下发数据包文件的路径（不能是已存在的文件）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian downward export --data-dir D:\\新联台账 --user admin --to 330621 --out E:\\下发.xlpkg',
    ],
    done: (path: string, encrypted: boolean) =>
      `已生成下发数据包（${encrypted ? '已加密' : '未加密'}）：${path}`,
    part: (name: string, n: number) => `  ${part(name)}：${n} 条`,
  },
  'downward import': {
    summary: '导入上级单位的下发数据包',
    description:
      '核对下发数据包的签名、来源和最低版本要求后，在一个事务中写入上级下发的字典、报送任务、计分规则、报表模板和密钥吊销；重复导入不作更改。--dry-run 只预览。需要管理员账号。',
    fileArg: '下发数据包文件（.xlpkg）',
    dryRun: '只预览，不写入',
    examples: [
      'XINLIAN_PASSWORD=… xinlian downward import E:\\下发.xlpkg --data-dir D:\\新联台账 --user admin',
    ],
    applied: (code: string, name: string) => `已导入 ${code} ${name} 的下发数据包。`,
    preview: (code: string, name: string) => `预览 ${code} ${name} 的下发数据包（未写入）：`,
    part: (name: string, applied: number, skipped: number) =>
      `  ${part(name)}：采用 ${applied}${skipped ? `，未采用 ${skipped}` : ''}`,
  },
} satisfies Record<string, CommandText>
