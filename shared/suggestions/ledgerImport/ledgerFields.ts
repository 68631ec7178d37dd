import type { HeaderVocabulary } from '../../import/detectHeader'
import { lookUpHeader, synonymIndex } from '../../import/headerSynonyms'
import { ledgerFieldLabels } from '../../i18n/suggestionImport'

/** What a column of a 建言献策台账 can be imported as. */
export const LEDGER_FIELDS = [
  'title',
  'kind',
  'submitters',
  'employer',
  'submittedOn',
  'channel',
  'receivingBody',
  'adoptions',
  'instructions',
  'summary',
  'outcome',
  'remarks',
  'score',
] as const
export type LedgerField = (typeof LEDGER_FIELDS)[number]

/**
 * What offices write above each column of their ledgers (our own export's labels among
 * them, so an exported 台账 maps back by itself). Whole texts after normalizeHeader.
 */
export const LEDGER_HEADER_SYNONYMS: { readonly [K in LedgerField]: readonly string[] } = {
  title: [
    '标题',
    '建议题目',
    '题目',
    '建言题目',
    '建议标题',
    '建言标题',
    '信息标题',
    '建议名称',
    '提案题目',
    '提案名称',
    '社情民意标题',
    '文章标题',
    '建言献策标题',
  ],
  kind: ['类别', '类型', '建言类别', '建议类别', '种类', '文种', '信息类别'],
  submitters: [
    '提交人',
    '建言人',
    '建议人',
    '报送人',
    '作者',
    '撰写人',
    '执笔人',
    '提出人',
    '提案人',
    '姓名',
    '提交人员',
    '建言人姓名',
    '作者姓名',
  ],
  employer: ['工作单位', '单位', '所在单位', '作者单位', '单位名称', '建言人单位', '提交人单位'],
  submittedOn: [
    '提交日期',
    '提交时间',
    '报送日期',
    '报送时间',
    '上报时间',
    '上报日期',
    '日期',
    '时间',
  ],
  channel: ['报送渠道', '渠道', '报送途径', '报送方式', '刊发渠道'],
  receivingBody: ['报送单位', '接收单位', '报送对象', '报送部门', '呈报单位'],
  adoptions: [
    '采用情况',
    '采纳层级',
    '采纳情况',
    '采用层级',
    '采用级别',
    '采纳级别',
    '被采用情况',
    '采用',
  ],
  instructions: ['批示情况', '批示领导', '领导批示', '领导批示情况', '批示', '获批示情况'],
  summary: ['内容摘要', '主要内容', '摘要', '内容', '主要观点'],
  outcome: ['办理结果', '办理情况', '落实情况'],
  remarks: ['备注', '备注说明', '说明'],
  score: ['得分', '分值', '积分', '分数'],
}

let index: Map<string, LedgerField> | null = null

/** The ledger's vocabulary for detectHeaderWith: a header row names 标题. */
export const ledgerVocabulary: HeaderVocabulary<LedgerField> = {
  fieldOf: (header) => {
    index ??= synonymIndex(
      LEDGER_FIELDS.map((f) => [f, [ledgerFieldLabels[f], ...LEDGER_HEADER_SYNONYMS[f]]] as const),
    )
    return lookUpHeader(header, index)
  },
  required: 'title',
}
