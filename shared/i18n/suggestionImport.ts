/** 导入建言献策台账: column names, row problems, the wizard, the command line and the audit. */

export const ledgerFieldLabels = {
  title: '标题',
  kind: '类别',
  submitters: '提交人',
  employer: '工作单位',
  submittedOn: '提交日期',
  channel: '报送渠道',
  receivingBody: '接收单位',
  adoptions: '采用情况',
  instructions: '批示情况',
  summary: '内容摘要',
  outcome: '办理结果',
  remarks: '备注',
  score: '得分（不导入，按评分规则重算）',
} as const

export const ledgerRowText = {
  titleMissing: '没有标题',
  dateMissing: '没有提交日期',
  badDate: (shown: string) =>
    `提交日期“${shown}”不是有效日期（可写 2026-3-5、2026.03.05、2026年3月5日）`,
  partialDate: (shown: string) => `提交日期“${shown}”没有具体到日`,
  kindMissing: '没有类别',
  unknownKind: (name: string) =>
    `类别“${name}”不在建言类别字典中：请在建言献策页“类别字典”中添加，或改正表格后重新选择文件`,
  unknownChannel: (name: string) =>
    `报送渠道“${name}”不在报送渠道字典中：请在建言献策页“渠道字典”中添加，或改正表格后重新选择文件`,
  submittersMissing: '没有提交人',
  tooManySubmitters: (n: number) => `提交人有 ${n} 位，最多 50 位`,
  adoptionLevel: (part: string) => `采用情况“${part}”看不出采用级别（县级、市级、省级或全国）`,
  instructionLevel: (part: string) =>
    `批示情况“${part}”看不出批示领导的级别（请写成“姓名（省级）”或写明县、市、省）`,
  titleTooLong: (n: number) => `标题有 ${n} 个字，最多 200 个字`,
  textTooLong: (label: string, max: number) => `${label}超过 ${max} 个字`,
  duplicateStored: (title: string, date: string) =>
    `已有同一标题、同一日期、同一第一提交人的建言（${title}，${date}），跳过`,
  repeatedInFile: (row: number) => `与本表第 ${row} 行重复（标题、日期、第一提交人相同），跳过`,
  scoreIgnored: (shown: string, score: number) => `原表得分 ${shown}，按现行评分规则计 ${score} 分`,
  noHeader: (sheet: string) => `工作表“${sheet}”中没有找到含“标题”的表头行`,
  nothingReadable: '文件中没有可读取的建言献策台账（需要一行含“标题”等列名的表头）',
  pickedPersonMissing: (name: string) => `为“${name}”选择的人员已不在人员库中`,
}

export const ledgerCellText = {
  unnamedBody: '有关部门',
}

export const submitterStateNames = {
  linked: '已匹配',
  none: '未匹配',
  ambiguous: '多个同名',
  employerDiffers: '单位不符',
} as const

export const ledgerRowStatusNames = {
  create: '将导入',
  duplicate: '已存在',
  repeated: '表内重复',
  rejected: '有问题',
} as const

export const ledgerImportAudit = {
  applied: (file: string, created: number, skipped: number, rejected: number) =>
    `导入建言献策台账 ${file}：新增 ${created} 条，跳过重复 ${skipped} 条，有问题未导入 ${rejected} 条`,
}

export const ledgerImportUi = {
  button: '导入台账',
  pageTitle: '导入建言献策台账',
  intro:
    '选择本单位现有的建言献策台账（Excel 或 CSV）。系统识别表头、逐行核对后再导入；提交人按“姓名 + 工作单位”与人员库匹配，匹配不上或有同名的由您选择或保留为库外提交人。',
  steps: { file: '选择文件', preview: '核对预览', result: '导入结果' },
  mappingTitle: '列对应关系',
  mappingHint: '如某列识别有误，可在此改选；改选后预览会重新计算。',
  previewTitle: '逐行预览',
  counts: (c: { create: number; duplicate: number; repeated: number; rejected: number }) =>
    `将导入 ${c.create} 条；已存在 ${c.duplicate} 条、表内重复 ${c.repeated} 条将跳过；有问题 ${c.rejected} 条不导入`,
  unmatched: (n: number) =>
    `${n} 位提交人未能确定对应人员：可在下表中选择，不选则作为库外提交人保存姓名`,
  previous: (at: string, user: string) => `该文件已于 ${at} 由 ${user} 导入过：重复的行会自动跳过`,
  columns: {
    row: '行号',
    status: '结果',
    title: '标题',
    date: '提交日期',
    kind: '类别',
    submitters: '提交人',
    channel: '报送渠道',
    adoptions: '采用情况',
    instructions: '批示情况',
    problems: '说明',
  },
  keepAsText: '作为库外提交人',
  picked: '已选择',
  pickPerson: (name: string) => `为“${name}”选择人员`,
  candidate: (name: string, employer: string | null) =>
    employer ? `${name}（${employer}）` : name,
  confirm: '确认导入',
  confirmTitle: '确认导入建言献策台账？',
  confirmContent: (n: number) =>
    `将新增 ${n} 条建言，并按现行评分规则计算得分。导入在一个事务中完成，中途取消不会写入任何内容。`,
  nothingToImport: '没有可导入的行',
  reselect: '重新选择文件',
  cancel: '取消',
  running: '正在导入…',
  progress: (done: number, total: number) => `已处理 ${done} / ${total} 行`,
  reading: (file: string) => `正在读取 ${file}…`,
  stop: '取消导入',
  stopping: '正在取消…',
  cancelled: '已取消，没有写入任何内容',
  doneTitle: (n: number) => `已导入 ${n} 条建言`,
  doneSub: (skipped: number, rejected: number) =>
    `跳过重复 ${skipped} 条，有问题未导入 ${rejected} 条。得分已按现行评分规则计算。`,
  viewList: '查看建言列表',
  importAnother: '再导入一个文件',
  wrongType: (file: string) => `“${file}”不是 Excel 或 CSV 文件`,
  dropHint: '将台账文件拖到此处，或点击选择（.xlsx、.xls、.csv）',
}

export const ledgerImportCli = {
  fileMissing: (path: string) => `读不到文件 ${path}`,
  summary: (
    file: string,
    c: { create: number; duplicate: number; repeated: number; rejected: number },
    dry: boolean,
  ) =>
    `${file}：${dry ? '可导入' : '已导入'} ${c.create} 条，已存在 ${c.duplicate} 条，表内重复 ${c.repeated} 条，有问题 ${c.rejected} 条${dry ? '（只核对，未导入）' : ''}`,
  rowLine: (row: number, status: string, title: string, reason: string) =>
    `第 ${row} 行 [${status}] ${title}${reason ? `：${reason}` : ''}`,
  submitterLine: (row: number, name: string, state: string) =>
    `第 ${row} 行 提交人 ${name}：${state}，作为库外提交人`,
  batchLine: (id: string) => `导入批次 ${id}`,
}

/** What the wizard shows, in one place for the catalogue. */
export const suggestionImportText = {
  ui: ledgerImportUi,
  states: submitterStateNames,
  statuses: ledgerRowStatusNames,
  dashboardLine: (created: number) => `导入建言 ${created} 条`,
  historyLine: (c: { created: number; duplicates: number; rejected: number }) =>
    `建言献策台账：新增 ${c.created} 条，跳过重复 ${c.duplicates} 条，有问题 ${c.rejected} 条`,
}
