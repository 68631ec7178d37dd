/** 建言献策: names, messages, audit text and field labels of the core side. */

/** The kinds DOMAIN.md names, shipped with the app; the list is editable. */
export const BUILT_IN_SUGGESTION_KINDS: readonly { code: string; name: string }[] = [
  { code: '01', name: '社情民意' },
  { code: '02', name: '建议' },
  { code: '03', name: '提案' },
  { code: '04', name: '调研报告' },
]

/** Where a suggestion was sent; 01 is the association's own bulletin. */
export const BUILT_IN_SUGGESTION_CHANNELS: readonly { code: string; name: string }[] = [
  { code: '01', name: '新联会简报' },
  { code: '02', name: '统战部信息专报' },
  { code: '03', name: '政协提案' },
  { code: '04', name: '人大建议' },
  { code: '05', name: '其他渠道' },
]

export const suggestionStatusNames: Record<string, string> = {
  submitted: '已提交',
  adopted: '已采用',
  rejected: '未采用',
  in_progress: '办理中',
  done: '已办结',
}

export const suggestionLevelNames: Record<string, string> = {
  county: '县级',
  city: '市级',
  province: '省级',
  national: '全国',
}

export const adoptionHowNames: Record<string, string> = {
  published: '刊发',
  forwarded: '转送',
  adopted: '采纳',
}

export const shareModeNames: Record<string, string> = {
  equal: '合作者平分',
  each: '每位合作者都得全分',
}

export const adoptionCountingNames: Record<string, string> = {
  highest: '只计最高级别的一次采用',
  sum: '每次采用分别计分',
}

export const suggestionFieldLabels: Record<string, string> = {
  title: '标题',
  kind: '类别',
  submittedOn: '提交日期',
  channel: '报送渠道',
  receivingBody: '接收单位',
  summary: '内容摘要',
  fullText: '全文',
  status: '状态',
  outcome: '办理结果',
  activityId: '关联活动',
  remarks: '备注',
  submitters: '提交人',
  adoptions: '采用情况',
  instructions: '批示情况',
}

export const suggestionMessages = {
  badDate: (label: string) => `「${label}」应为有效日期，格式如 2024-03-12`,
  kindMissing: (code: string) => `类别“${code}”不在建言类别字典中`,
  channelMissing: (code: string) => `报送渠道“${code}”不在报送渠道字典中`,
  personMissing: (n: number) =>
    `「提交人」第 ${n} 位不在人员库中（或已删除）：请从人员库选择，或作为库外合作者填写姓名`,
  coAuthorNameMissing: (n: number) => `「提交人」第 ${n} 位是库外合作者，请填写姓名`,
  duplicateSubmitter: (name: string) => `「提交人」${name} 重复`,
  leadCount: '「牵头人」只能有一位',
  adoptionBeforeSubmission: (n: number, date: string, submitted: string) =>
    `「采用情况」第 ${n} 条的采用日期 ${date} 早于提交日期 ${submitted}`,
  instructionLeaderMissing: (n: number) => `「批示情况」第 ${n} 条没有填写批示领导`,
  instructionBeforeSubmission: (n: number, date: string, submitted: string) =>
    `「批示情况」第 ${n} 条的批示日期 ${date} 早于提交日期 ${submitted}`,
  activityMissing: '关联活动不存在或已被删除',
  staleVersion: '该建言已被他人修改，请刷新后再保存',
  negativePoints: (label: string) => `「评分规则 · ${label}」不能为负数`,
  multiplierBelowOne: (label: string) => `「评分规则 · ${label}」倍数不能小于 1`,
  yearLocked: (year: number) => `${year} 年的得分已锁定`,
}

/** Names of the rule fields, for messages that point at one. */
export const ruleFieldLabels = {
  kindPoints: (name: string) => `类别基础分 · ${name}`,
  channelPoints: (name: string) => `报送渠道分 · ${name}`,
  adoptionPoints: (level: string) => `采用分 · ${level}`,
  instructionMultiplier: (level: string) => `批示倍数 · ${level}`,
  instructionBonus: (level: string) => `批示加分 · ${level}`,
}

export const suggestionAuditText = {
  created: (title: string) => `新建建言 ${title}`,
  updated: (title: string, fields: string[]) =>
    fields.length ? `修改建言 ${title}：${fields.join('、')}` : `保存建言 ${title}（无改动）`,
  deleted: (title: string) => `删除建言 ${title}`,
  attachmentAdded: (title: string, file: string) => `建言 ${title} 添加附件 ${file}`,
  attachmentRemoved: (title: string, file: string) => `建言 ${title} 移除附件 ${file}`,
  rulesSaved: (version: number, changed: number) =>
    `修改评分规则（第 ${version} 版），重新计算后 ${changed} 条建言得分变化`,
  yearLocked: (year: number, version: number) =>
    `锁定 ${year} 年建言得分（评分规则第 ${version} 版）`,
  kindSaved: (code: string, name: string) => `建言类别字典 ${code} ${name}`,
  kindDeleted: (code: string, name: string) => `删除建言类别字典项 ${code} ${name}`,
  channelSaved: (code: string, name: string) => `报送渠道字典 ${code} ${name}`,
  channelDeleted: (code: string, name: string) => `删除报送渠道字典项 ${code} ${name}`,
}

export const suggestionAuditActions: Record<string, string> = {
  'suggestions.create': '新建建言',
  'suggestions.update': '修改建言',
  'suggestions.delete': '删除建言',
  'suggestions.addAttachment': '添加建言附件',
  'suggestions.removeAttachment': '移除建言附件',
  'suggestions.saveRules': '修改评分规则',
  'suggestions.lockYear': '锁定年度建言得分',
  'suggestions.saveKind': '修改建言类别字典',
  'suggestions.deleteKind': '删除建言类别字典项',
  'suggestions.saveChannel': '修改报送渠道字典',
  'suggestions.deleteChannel': '删除报送渠道字典项',
  'suggestions.exportLedger': '导出建言献策台账',
  'suggestions.importApply': '导入建言献策台账',
}

export const suggestions = {
  statusNames: suggestionStatusNames,
  levelNames: suggestionLevelNames,
  howNames: adoptionHowNames,
  shareModeNames,
  adoptionCountingNames,
  fieldLabels: suggestionFieldLabels,
  messages: suggestionMessages,
  auditActions: suggestionAuditActions,
}

/** 建言献策台账: print and Excel. */
export const suggestionLedgerText = {
  title: (year: number) => `${year}年度建言献策台账`,
  info: (unit: string, date: string, version: number) =>
    `填报单位：${unit}\u3000\u3000制表日期：${date}\u3000\u3000评分规则：第 ${version} 版`,
  totalLabel: '合计',
  summary: (f: {
    submitted: number
    adopted: number
    county: number
    city: number
    province: number
    national: number
    instructed: number
    points: number
  }) => [
    `全年报送建言 ${f.submitted} 条，被采用 ${f.adopted} 条（县级 ${f.county}、市级 ${f.city}、省级 ${f.province}、全国 ${f.national}），获领导批示 ${f.instructed} 条，合计得分 ${f.points}。`,
  ],
  adoption: (body: string, level: string, how: string) => `${body}${level}${how}`,
  instruction: (leader: string, level: string) => `${leader}（${level}）`,
  leadMark: '（牵头）',
  columns: {
    seq: '序号',
    title: '标题',
    kind: '类别',
    submitters: '提交人',
    channel: '报送渠道',
    adoptions: '采用情况',
    instructions: '批示情况',
    score: '得分',
  },
  sheetName: (year: number) => `${year}年建言献策台账`,
  fileName: (year: number, stamp: string) => `${year}年度建言献策台账-${stamp}.xlsx`,
  exportAudit: (year: number, rows: number) => `导出 ${year} 年度建言献策台账（${rows} 条）`,
}

/** Words the demo generator builds suggestion titles and bodies from. */
export const demoSuggestionText = {
  topics: [
    '优化县域营商环境',
    '加强新就业群体权益保障',
    '推动民营企业数字化转型',
    '完善律师参与信访化解机制',
    '加快乡村文旅融合发展',
    '规范网络直播营销',
    '缓解小微企业融资难',
    '提升社区养老服务水平',
    '引导社会组织参与基层治理',
    '促进青年人才返乡创业',
  ],
  title: (kind: string, topic: string) =>
    `关于${topic}的${kind === '社情民意' ? '社情民意' : kind}`,
  bodies: ['县委办公室', '县政府办公室', '市委统战部', '市政协', '省委统战部', '全国工商联'],
  leaders: ['县委书记', '县长', '市委副书记', '副市长', '省委常委、统战部部长', '副省长'],
}
