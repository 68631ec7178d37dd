import type { CommandText } from './cli'
import { packageKindText, packageStatusText } from './packages'
import { formatFingerprint } from '../packages/fingerprint'

/** Text of the `unit`, `units` and `package` commands. */
export const packagesCliText = {
  'unit card': {
    summary: '导出本单位的密钥卡，并显示指纹',
    description:
      '把本单位的公钥写入密钥卡文件（.xlkey），交给上级或下级单位登记；同时显示 12 组数字的指纹，供双方电话或纸质登记表核对。首次使用时自动生成密钥。',
    out: '密钥卡文件的路径（不能是已存在的文件）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian unit card --data-dir D:\\新联台账 --user admin --out E:\\330621.xlkey',
    ],
    done: (path: string, fingerprint: string) =>
      `密钥卡已写入：${path}\n指纹：${formatFingerprint(fingerprint)}`,
  },
  'units register': {
    summary: '登记上级或下级单位的密钥卡',
    description:
      '按行政区划代码判断对方是上级还是下级单位并登记。用 --fingerprint 输入对方登记表上的 12 组数字：一致则为“已核验”，不一致则拒绝登记；不输入则为“未核验”，来自该单位的数据包都会带警告。需要管理员账号。',
    fileArg: '对方的密钥卡文件（.xlkey）',
    fingerprint: '对方密钥登记表上的指纹（12 组 5 位数字）',
    replace:
      '确认用这张密钥卡替换该单位已登记的密钥（对方丢失密钥后重新登记时使用，须同时输入 --fingerprint）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian units register E:\\330621.xlkey --data-dir D:\\新联台账 --user admin --fingerprint "12345 67890 …"',
    ],
    done: (code: string, name: string, relation: string, state: string) =>
      `已登记${relation === 'upper' ? '上级' : '下级'}单位 ${code} ${name}（${state}）`,
  },
  'package export': {
    summary: '生成报送上级的数据包（.xlpkg）',
    description:
      '把本单位的数据签名并加密后写入数据包文件：默认为增量（自上次报送以来的变更），--full 为全量。默认用上级单位的密钥加密，--plain 生成不加密的数据包（仅在上级没有登记密钥时使用）。有错误不能生成；有警告时须用 --explanation 写一句说明。',
    to: '上级单位的行政区划代码',
    period: '报送期间，如 2026年度',
    full: '全量（本单位的全部数据）',
    plain: '不加密（数据包中的个人信息可被任何人读取）',
    explanation: '对警告的说明（随数据包报送）',
    out: '数据包文件的路径（不能是已存在的文件）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian package export --data-dir D:\\新联台账 --user admin --to 330600 --period 2026年度 --full --out E:\\上报.xlpkg',
    ],
    done: (path: string, kind: 'full' | 'incremental', encrypted: boolean) =>
      `已生成${packageKindText[kind]}数据包（${encrypted ? '已加密' : '未加密'}）：${path}`,
    table: (table: string, rows: number, deleted: number) =>
      `  ${table}：${rows} 行${deleted ? `（其中删除 ${deleted}）` : ''}`,
  },
  'package verify': {
    summary: '检查数据包，不导入',
    description:
      '解密并核对数据包的签名、来源、接收单位和每个文件的校验值，只检查，不写入任何数据。',
    fileArg: '数据包文件（.xlpkg）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian package verify E:\\上报.xlpkg --data-dir D:\\新联台账 --user admin',
    ],
    ok: (code: string, name: string, period: string, kind: 'full' | 'incremental') =>
      `数据包完好：来自 ${code} ${name}，${period}，${packageKindText[kind]}`,
  },
  'package import': {
    summary: '导入下级单位的数据包，并生成回执',
    description:
      '检查并导入下级单位的数据包：整体在一个事务中写入，重复导入不作更改。--dry-run 只预览将新增、修改、删除的行数。--receipt-out 把签名回执（.xlrct）写入文件，交回下级单位。',
    fileArg: '数据包文件（.xlpkg）',
    dryRun: '只预览，不写入',
    receiptOut: '回执文件的路径',
    progress: '在标准错误输出上逐表显示写入进度（在终端中运行时默认显示）',
    progressLine: (table: string, done: number, total: number, all: number, allTotal: number) =>
      `正在写入“${table}”：${done} / ${total} 行（共 ${all} / ${allTotal} 行）`,
    examples: [
      'XINLIAN_PASSWORD=… xinlian package import E:\\上报.xlpkg --data-dir D:\\新联台账 --user admin --receipt-out E:\\回执.xlrct',
    ],
    applied: '已导入。',
    preview: '预览（未写入）：',
    table: (
      table: string,
      c: { inserted: number; updated: number; deleted: number; ignored: number },
    ) =>
      `  ${table}：新增 ${c.inserted}，修改 ${c.updated}，删除 ${c.deleted}${c.ignored ? `，未采用 ${c.ignored}` : ''}`,
    receipt: (path: string) => `回执已写入：${path}`,
  },
  'package receipt': {
    summary: '导入上级单位的回执',
    description:
      '核对回执的签名，并在数据包列表中记下上级单位的接收结果，回执中逐行列出未按原样采用的数据。',
    fileArg: '回执文件（.xlrct）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian package receipt E:\\回执.xlrct --data-dir D:\\新联台账 --user admin',
    ],
    done: (status: keyof typeof packageStatusText, rows: number) =>
      `回执已导入：${packageStatusText[status]}${rows ? `，${rows} 行未按原样采用` : ''}`,
  },
  'package list': {
    summary: '列出发出和收到的数据包及其状态',
    description: '列出本单位生成的和收到的数据包，以及已生成、已接收、已退回、已拒收等状态和日期。',
    examples: ['XINLIAN_PASSWORD=… xinlian package list --data-dir D:\\新联台账 --user admin'],
    none: '还没有数据包。',
    line: (
      direction: 'sent' | 'received',
      code: string,
      period: string,
      kind: 'full' | 'incremental',
      status: keyof typeof packageStatusText,
      at: string,
      reason: string | null,
    ) =>
      `${direction === 'sent' ? '发往' : '来自'} ${code}  ${period}  ${packageKindText[kind]}  ${packageStatusText[status]}${reason ? `（${reason}）` : ''}  ${at}`,
  },
} satisfies Record<string, CommandText>
