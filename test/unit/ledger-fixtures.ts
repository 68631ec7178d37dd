import ExcelJS from 'exceljs'
import type { SuggestionLevel, SuggestionStatus } from '../../shared/contract/suggestions'
import type { SubmitterMatchState } from '../../shared/contract/suggestionImport'

/**
 * A county office's own 建言献策台账 as it arrives: a merged title row, a 填报单位 line, a
 * blank row, the office's own column names (建议题目, 建言人, 采纳层级, 批示领导), dates typed
 * four ways, several submitters per cell, an unknown 类别, an impossible date, a row entered
 * twice, a 合计 row and a note. LEDGER_TRUTH says what each row must become.
 */

/** The register the ledger's names are matched against: two 张伟, 陈静 at another employer. */
export const LEDGER_REGISTER = [
  { key: 'wang', name: '王建国', employer: '华达机械有限公司' },
  { key: 'li', name: '李晓梅', employer: '明律律师事务所' },
  { key: 'zhangA', name: '张伟', employer: '城东小学' },
  { key: 'zhangB', name: '张伟', employer: '县人民医院' },
  { key: 'chen', name: '陈静', employer: '县融媒体中心' },
] as const
export type RegisterKey = (typeof LEDGER_REGISTER)[number]['key']

export interface TruthSubmitter {
  name: string
  state: SubmitterMatchState
  /** The register person it is linked to without asking. */
  person: RegisterKey | null
  /** Every register person offered for it. */
  candidates: RegisterKey[]
}

export interface TruthRow {
  row: number
  expect: 'create' | 'duplicate' | 'repeated' | 'rejected'
  title: string
  /** The column at fault of a rejected row, by its label. */
  fault?: string
  kind?: string
  channel?: string | null
  submittedOn?: string
  submitters?: TruthSubmitter[]
  adoptionLevels?: SuggestionLevel[]
  instructionLevels?: SuggestionLevel[]
  status?: SuggestionStatus
  /** Under the shipped default rules. */
  score?: number
}

const LONG_TITLE =
  '关于加快推进县域中小微企业数字化转型、破解“不敢转、不会转、不能转”难题，完善公共服务平台和金融支持政策的建议'
const PENSION_TITLE = '关于提升社区居家养老服务水平的建议'
/** 2025-05-23 as Excel counts days (1900 system), typed into a cell without a date format. */
const SERIAL_2025_05_23 = 45800

export const LEDGER_TRUTH: TruthRow[] = [
  {
    row: 5,
    expect: 'create',
    title: LONG_TITLE,
    kind: '02',
    channel: '01',
    submittedOn: '2025-03-05',
    submitters: [
      { name: '王建国', state: 'linked', person: 'wang', candidates: ['wang'] },
      { name: '李晓梅', state: 'linked', person: 'li', candidates: ['li'] },
    ],
    adoptionLevels: ['city'],
    instructionLevels: ['province'],
    status: 'adopted',
    // (新联会简报 5 + 市级采用 10) × 批示 2
    score: 30,
  },
  {
    row: 6,
    expect: 'create',
    title: '关于规范网络直播营销活动的社情民意信息',
    kind: '01',
    channel: '02',
    submittedOn: '2025-04-12',
    submitters: [
      { name: '张伟', state: 'linked', person: 'zhangA', candidates: ['zhangA', 'zhangB'] },
    ],
    adoptionLevels: ['province'],
    instructionLevels: [],
    status: 'adopted',
    score: 35,
  },
  {
    row: 7,
    expect: 'create',
    title: '关于完善律师参与信访矛盾化解机制的提案',
    kind: '03',
    channel: '03',
    submittedOn: '2025-05-20',
    submitters: [
      { name: '张伟', state: 'ambiguous', person: null, candidates: ['zhangA', 'zhangB'] },
      { name: '刘洋', state: 'none', person: null, candidates: [] },
      { name: '陈静', state: 'employerDiffers', person: null, candidates: ['chen'] },
    ],
    adoptionLevels: [],
    instructionLevels: [],
    status: 'rejected',
    score: 0,
  },
  { row: 8, expect: 'rejected', title: '关于加强新就业群体权益保障的调研报告', fault: '类别' },
  { row: 9, expect: 'rejected', title: PENSION_TITLE, fault: '提交日期' },
  { row: 10, expect: 'repeated', title: LONG_TITLE },
  {
    row: 11,
    expect: 'create',
    title: '关于促进青年人才返乡创业的建议',
    kind: '02',
    channel: '04',
    submittedOn: '2025-05-23',
    submitters: [{ name: '陈静', state: 'linked', person: 'chen', candidates: ['chen'] }],
    adoptionLevels: ['county', 'city'],
    instructionLevels: ['county'],
    status: 'adopted',
    // 人大建议 0 + the highest adoption (市级 10), × 批示 2
    score: 20,
  },
]

/** The ledger as an .xlsx written by Excel-like software (exceljs). */
export async function ledgerWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('2025年建言献策')
  ws.addRow(['2025年度新的社会阶层人士建言献策工作台账'])
  ws.mergeCells('A1:K1')
  ws.addRow([
    '填报单位：示例县委统战部（盖章）',
    null,
    null,
    null,
    null,
    null,
    null,
    '填报时间：2025年12月',
  ])
  ws.addRow([])
  ws.addRow([
    '序号',
    '建议题目',
    '类别',
    '建言人',
    '工作单位',
    '报送渠道',
    '提交日期',
    '采纳层级',
    '批示领导',
    '得分',
    '备注',
  ])
  const rows: (string | number | Date | null)[][] = [
    [
      1,
      LONG_TITLE,
      '建议',
      '王建国、李晓梅',
      '华达机械有限公司、明律律师事务所',
      '新联会简报',
      new Date(Date.UTC(2025, 2, 5)),
      '市委统战部市级采纳',
      '张某某（省级）',
      30,
      null,
    ],
    [
      2,
      '关于规范网络直播营销活动的社情民意信息',
      '社情民意信息',
      '张伟',
      '城东小学',
      '统战部信息专报',
      '2025.04.12',
      '省级刊发',
      '无',
      35,
      null,
    ],
    [
      3,
      '关于完善律师参与信访矛盾化解机制的提案',
      '提案',
      '张伟，刘洋 陈静',
      null,
      '政协提案',
      '2025年5月20日',
      '未采用',
      null,
      0,
      '三人联名',
    ],
    [
      4,
      '关于加强新就业群体权益保障的调研报告',
      '工作信息',
      '李晓梅',
      '明律律师事务所',
      '新联会简报',
      '2025-6-1',
      null,
      null,
      5,
      null,
    ],
    [
      5,
      PENSION_TITLE,
      '建议',
      '李晓梅',
      '明律律师事务所',
      '新联会简报',
      '2025-13-40',
      null,
      null,
      5,
      null,
    ],
    [
      6,
      LONG_TITLE,
      '建议',
      '王建国（牵头）、李晓梅',
      '华达机械有限公司、明律律师事务所',
      '新联会简报',
      '2025-3-5',
      '市级采用',
      null,
      30,
      '重复录入',
    ],
    [
      7,
      '关于促进青年人才返乡创业的建议',
      '建议',
      '陈静',
      '县融媒体中心',
      '人大建议',
      SERIAL_2025_05_23,
      '县委办公室县级采用；市政协市级转送',
      '县委书记批示',
      25,
      '已督办',
    ],
    ['合计', '7条', null, null, null, null, null, null, null, 130, null],
    ['注：得分按县委统战部2025年评分办法计算，采纳以最高层级计。'],
  ]
  for (const r of rows) ws.addRow(r)
  ws.mergeCells('A13:K13')
  ws.getColumn(7).numFmt = 'yyyy-mm-dd'
  // The serial was typed as a plain number: no date format on that one cell.
  ws.getCell('G11').numFmt = 'General'
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A plain ledger of `n` distinct suggestions by nobody in the register: for progress and cancel. */
export async function largeLedger(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('台账')
  ws.addRow(['序号', '标题', '类别', '提交人', '报送渠道', '提交日期', '采用情况'])
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    ws.addRow([
      i + 1,
      `关于第${i + 1}项民生实事的建议`,
      '建议',
      `作者${i}`,
      '新联会简报',
      `2025-02-${day}`,
      '县级采用',
    ])
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
