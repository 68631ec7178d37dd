import type {
  CheckpointCheck,
  CheckpointReason,
  CheckpointSource,
  CheckpointStatus,
} from '../audit/checkpoint'

const sources: Record<CheckpointSource, string> = {
  database: '本库检查点',
  receipt: '上级回执',
  backup: '备份文件',
  package: '数据包',
  file: '检查点文件',
}

const statuses: Record<CheckpointStatus, string> = {
  holds: '吻合',
  rewritten: '不符：该条记录已被改写',
  missing: '不符：该条记录已被删除',
  truncated: '不符：日志末尾被截去',
  forged: '签名无效：检查点是伪造或被改动的',
  foreignKey: '签名不是本单位的密钥',
  unreadable: '文件中没有可读的检查点',
}

const reasons: Record<CheckpointReason, string> = {
  package: '生成数据包时',
  backup: '备份时',
  daily: '每日首次启动',
  export: '手动导出',
}

const originOf = (c: CheckpointCheck) =>
  c.source === 'database' ? `第 ${c.origin} 个` : `“${c.origin}”`

/** A checkpoint in one line: where it was found, what it pins, whether it holds. */
const line = (c: CheckpointCheck) =>
  `${sources[c.source]} ${originOf(c)}${c.seq !== null ? `（第 ${c.seq} 条` : ''}${
    c.reason ? `，${reasons[c.reason]}` : ''
  }${c.seq !== null ? '）' : ''}：${statuses[c.status]}`

/** Signed audit checkpoints (issue 15 §2): the verify report, the page, the CLI. */
export const auditCheckpointText = {
  sources,
  statuses,
  reasons,
  line,
  title: '签名检查点',
  source: '来源',
  origin: '出处',
  seq: '截至记录',
  at: '签署时间',
  reason: '签署时机',
  status: '核对结果',
  chainButCheckpoints:
    '哈希链本身连续，但有检查点对不上：日志可能被整段改写或截去了末尾，请查看下方检查点。',
  none: '尚无检查点：生成数据包、备份或每天首次启动时会自动签署。',
  against: '对照文件核验…',
  againstHint: '选择数据包、回执、备份或检查点文件，核对审计日志是否与之吻合',
  exportCheckpoint: '导出检查点',
  exported: (name: string) => `已导出检查点 ${name}，请交由他人或其他介质保管。`,
  summary: (held: number, total: number, outside: number) =>
    `检查点 ${total} 个，吻合 ${held} 个（其中库外 ${outside} 个）。`,
  outsideNote:
    '本库检查点与日志存放在同一文件中，拿到文件的人也能重新签署；数据包、上级回执、备份和导出的检查点保存在库外，才能发现改写或截断。',
  auditDetail: (r: {
    chainOk: boolean
    checked: number
    brokenCount: number
    firstBrokenSeq: number | null
    checkpoints: CheckpointCheck[]
  }) => {
    const held = r.checkpoints.filter((c) => c.status === 'holds').length
    const chain = r.chainOk
      ? `完整，${r.checked} 条`
      : `${r.brokenCount} 处不连续，首处第 ${r.firstBrokenSeq} 条`
    return `${chain}；检查点 ${held}/${r.checkpoints.length} 吻合`
  },
  exportedDetail: (seq: number) => `导出审计检查点，截至第 ${seq} 条`,
}
