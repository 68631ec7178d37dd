/** Screens of importing rosters (the wizard, 导入记录) and the 导出 Excel buttons. */

const n = (v: number) => v.toLocaleString('zh-CN')

const wizard = {
  open: '导入',
  title: '导入人员名单',
  back: '返回人员列表',
  tabImport: '导入文件',
  tabHistory: '导入记录',
  steps: { file: '选择文件', preview: '核对预览', result: '导入结果' },
  dragTitle: '点击或把文件拖到这里',
  dragHint:
    '支持 Excel 工作簿（.xlsx）和 CSV 文件（.csv，UTF-8 或 GBK 编码均可）；一个工作簿中的多个工作表会一起导入',
  template: '下载导入模板',
  templateHint: '还没有现成的名单？先下载模板，按模板填写后再导入。',
  reading: (file: string) => `正在读取“${file}”…`,
  cancelReading: '取消读取',
  readCancelled: '已取消读取，没有导入任何数据',
  readFailed: '无法读取这个文件',
  tooLarge: (mb: number) => `文件超过 ${mb} MB，请按乡镇拆分成几个文件分别导入`,
  wrongType: (file: string) =>
    `“${file}”不是 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。如果是 .xls 或 WPS 的 .et 文件，请先在 WPS/Excel 中“另存为”.xlsx 后再导入`,
  chooseAgain: '重新选择文件',
}

const preview = {
  fileLine: (file: string, encoding: string | null) =>
    `文件：${file}${encoding ? `（编码：${encoding}）` : ''}`,
  previousImport: (at: string, by: string | null) =>
    `同一文件已于 ${at}${by ? ` 由 ${by}` : ''} 导入过，再次导入不会新建重复人员，只会更新有变化的信息。`,
  counts: {
    created: '新建',
    updated: '更新',
    unchanged: '无变化',
    duplicates: '文件内重复',
    rejected: '拒绝',
    warnings: '有提示',
    skipped: '跳过的行',
  },
  countsLabel: '预览统计',
  rowsTitle: '需要核对的行',
  countsHint: '“跳过的行”指合计行、注释行、空行和重复的表头行，它们不是人员，不计入导入。',
  sheets: '工作表与列对应',
  sheetTitle: (name: string) => `工作表“${name}”`,
  sheetRead: (headerRows: number[], dataRows: number, skipped: number) =>
    `表头在第 ${headerRows.join('、')} 行；数据 ${n(dataRows)} 行${skipped ? `，跳过 ${n(skipped)} 行` : ''}`,
  sheetStatus: { read: '已读取', noHeader: '未找到表头', hidden: '隐藏，已跳过', empty: '空表' },
  mappingHint:
    '每一列已按表头自动对应到台账中的项目，可以逐列修改；改动后预览会立即重新计算，并记住供下次使用。',
  columnHeader: '文件中的列',
  columnField: '导入为',
  columnSource: '来源',
  notImported: '（不导入）',
  sources: { header: '按表头识别', memory: '上次的设置', manual: '手动指定', none: '未识别' },
  remapping: '正在按新的列对应重新预览…',
  tabs: {
    updates: (c: number) => `更新（${n(c)}）`,
    duplicates: (c: number) => `文件内重复（${n(c)}）`,
    rejected: (c: number) => `拒绝（${n(c)}）`,
    warnings: (c: number) => `有提示（${n(c)}）`,
  },
  colSheet: '工作表',
  colRow: '行号',
  colColumn: '列',
  colName: '姓名',
  colReason: '原因',
  colChanges: '变化',
  changeLine: (label: string, before: string | null, after: string | null) =>
    `${label}：${before ?? '（空）'} → ${after ?? '（空）'}`,
  noName: '（无姓名）',
  emptyTab: '没有这类行',
  truncated: (shown: number) => `只列出前 ${n(shown)} 行；全部未导入的行可通过“保存错误报告”查看。`,
  errorReport: '保存错误报告',
  errorReportHint: '未导入的行连同“错误原因”保存为 .xlsx，改正后可直接重新导入',
  errorReportSaved: (file: string) => `已保存错误报告“${file}”`,
  confirm: (c: Counts) => `确认导入（新建 ${n(c.created)}、更新 ${n(c.updated)}）`,
  nothingToImport: '这个文件中没有可以导入的人员',
  cancel: '取消',
}

interface Counts {
  created: number
  updated: number
}

const apply = {
  confirmTitle: '确认导入？',
  confirmContent: (c: Counts, rejected: number) =>
    `将新建 ${n(c.created)} 名人员、更新 ${n(c.updated)} 名人员${rejected ? `，${n(rejected)} 行因有错误不会导入` : ''}。全部在一次操作中完成，导入后管理员可在“导入记录”中整批撤销。`,
  ok: '开始导入',
  running: '正在导入…',
  progress: (done: number, total: number) => `已处理 ${n(done)} / ${n(total)} 行`,
  finishing: '各行已写入，正在建立检索索引…',
  failed: '导入没有完成，台账未做任何改动',
  cancel: '取消导入',
  cancelling: '正在取消…',
  cancelled: '已取消导入，台账未做任何改动',
  doneTitle: (c: Counts) => `导入完成：新建 ${n(c.created)} 人，更新 ${n(c.updated)} 人`,
  doneSub: (batch: string, notImported: number) =>
    `${notImported ? `另有 ${n(notImported)} 行未导入（见下方列表，可保存错误报告改正后重新导入）。` : ''}导入批次 ${batch.slice(0, 8)}；如需撤销，管理员可在“导入记录”中操作。`,
  viewPersons: '查看人员',
  importAnother: '继续导入其他文件',
  viewHistory: '查看导入记录',
}

const history = {
  title: '导入记录',
  empty: '还没有导入过文件',
  colAt: '导入时间',
  colUser: '操作人',
  colFile: '文件',
  colCounts: '结果',
  colStatus: '状态',
  colActions: '操作',
  countsLine: (c: { created: number; updated: number; rejected: number }) =>
    `新建 ${n(c.created)}，更新 ${n(c.updated)}${c.rejected ? `，未导入 ${n(c.rejected)}` : ''}`,
  applied: '已导入',
  rolledBack: (at: string, by: string | null) => `已于 ${at}${by ? ` 由 ${by}` : ''} 撤销`,
  rollback: '撤销本次导入',
  rollbackAdminOnly: '只有管理员可以撤销导入',
  rollbackTitle: (file: string) => `撤销导入“${file}”？`,
  rollbackContent: (c: Counts) =>
    `将删除这次导入新建的 ${n(c.created)} 名人员（连同他们的组织、活动等关联），并把这次导入更新的 ${n(c.updated)} 名人员恢复为导入前的信息。导入后又被修改过的人员会阻止撤销。此操作记入审计日志。`,
  rollbackOk: '撤销导入',
  rolledBackDone: (removed: number, restored: number) =>
    `已撤销：删除 ${n(removed)} 人，恢复 ${n(restored)} 人`,
  loadFailed: '导入记录加载失败',
}

const exportUi = {
  button: '导出 Excel',
  title: '导出人员名单',
  scope: (count: number | null, filtered: boolean) =>
    count === null
      ? '正在统计…'
      : `${filtered ? '按当前的搜索和筛选条件' : '全部人员'}，共 ${n(count)} 人，顺序与列表相同`,
  columns: '导出的列',
  columnsDefault: '恢复常用列',
  columnsAll: '全选',
  unmasked: '导出完整号码',
  unmaskedHint: '默认身份证号和手机号脱敏（如 3306**********1234）',
  unmaskedConfirmTitle: '导出完整的身份证号和手机号？',
  unmaskedConfirm:
    '导出的文件将含有完整的身份证号和手机号，属于敏感个人信息。本次导出会记入审计日志（导出人、时间、人数）。请妥善保管文件，用后及时删除。',
  unmaskedConfirmOk: '确认导出完整号码',
  ok: '导出',
  exporting: '正在导出…',
  progress: (done: number, total: number) => `已写出 ${n(done)} / ${n(total)} 人`,
  cancel: '取消导出',
  cancelled: '已取消导出，没有留下文件',
  done: (file: string, rows: number, masked: boolean) =>
    `已导出 ${n(rows)} 人到“${file}”${masked ? '' : '（含完整号码，请妥善保管）'}`,
  savedAt: (path: string) => `文件较大，已保存在：${path}`,
  rosterButton: '导出 Excel',
  rosterDone: (file: string, rows: number) => `已导出 ${n(rows)} 人到“${file}”`,
}

export const importsUi = { wizard, preview, apply, history, export: exportUi }
