import type { CommandText } from './cli'
import { boardUi } from './boardUi'

const status = (s: string) => boardUi.status[s] ?? s

/** Text of `package status` and `package review`. */
export const boardCliText = {
  'package status': {
    summary: '上报情况：各下级单位、各报送期的报送状态',
    description:
      '每个下级单位、每个报送期一行（省级单位也列出各市转报的县区，注明经哪个市转报）：未报送、已接收、已接收（有警告）、已退回或已审核，首次报送日期、截止日期、逾期天数、数据包个数、行数和变更行数。县级单位列出本单位向上级报送的情况。截止日期未经上级下发任务指定的，按报送期结束后 10 天计算。',
    period: '只列出这一报送期，如 2026年度',
    examples: [
      'XINLIAN_PASSWORD=… xinlian package status --data-dir D:\\新联台账 --user admin',
      'XINLIAN_PASSWORD=… xinlian package status --data-dir D:\\新联台账 --user admin --period 2026年度 --json',
    ],
    none: '没有可显示的报送情况。',
    line: (c: {
      unitCode: string
      name: string
      via: string | null
      period: string
      status: string
      firstAt: string | null
      deadline: string | null
      daysLate: number | null
      packages: number
      rows: number
      rowsChanged: number
      reason: string | null
    }) =>
      [
        `${c.unitCode} ${c.name}${c.via ? `（经 ${c.via} 转报）` : ''}`,
        c.period,
        status(c.status),
        c.firstAt ? `报送 ${c.firstAt.slice(0, 10)}` : null,
        c.deadline ? `截止 ${c.deadline}` : null,
        c.daysLate ? (c.packages ? `逾期 ${c.daysLate} 天` : `已逾期 ${c.daysLate} 天`) : null,
        c.packages ? `${c.packages} 个数据包，${c.rows} 行，变更 ${c.rowsChanged} 行` : null,
        c.reason ? `原因：${c.reason}` : null,
      ]
        .filter(Boolean)
        .join('  '),
  },
  'package review': {
    summary: '审核或退回下级单位某一报送期的数据，并生成回执',
    description:
      '--accept 审核通过，--return "原因" 退回（两者选一）；决定记在该报送期最新的数据包上，签名回执（.xlrct）写入 --receipt-out，交回下级单位导入。退回后下级单位可重新报送。',
    unit: '下级单位的行政区划代码',
    period: '报送期，如 2026年度',
    accept: '审核通过',
    return: '退回，并写明原因',
    receiptOut: '回执文件的路径（不能是已存在的文件）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian package review --data-dir D:\\新联台账 --user admin --unit 330621 --period 2026年度 --accept --receipt-out E:\\审核回执.xlrct',
      'XINLIAN_PASSWORD=… xinlian package review --data-dir D:\\新联台账 --user admin --unit 330621 --period 2026年度 --return "缺少第四季度活动记录" --receipt-out E:\\退回回执.xlrct',
    ],
    oneDecision: '请在 --accept 与 --return "原因" 中选择一个',
    done: (decision: string, unit: string, period: string, file: string) =>
      `${status(decision)}：${unit} ${period}，回执已写入 ${file}`,
  },
} satisfies Record<string, CommandText>
