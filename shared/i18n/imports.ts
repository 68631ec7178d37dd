import type { CommandText } from './cli'
import { importFormatText } from './importFormats'

/**
 * Text of importing rosters: what each row's outcome says, file refusals, the error report and
 * the CLI. Messages name the sheet, row, column or field, never an ID number or a phone.
 */

export const importRowText = {
  nameMissing: '「姓名」为空，无法确定是哪一位，本行未导入',
  nameTemplate:
    '「姓名」是填表模板里的占位符（如 {name}），不是真实姓名；请确认导入的是填好的名单，本行未导入',
  nameMarkup:
    '「姓名」中含有 < > { } [ ] $ = 等符号，不像真实姓名（可能是网页代码或公式），本行未导入',
  idMasked: '「身份证号」是脱敏后的号码（带 *），无法导入；请使用含完整号码的表格',
  idRejected: (detail: string) => `${detail}；本行未导入`,
  fieldDropped: (detail: string) => `${detail}，该项已留空`,
  phoneMasked: '「手机」是脱敏后的号码（带 *），未导入',
  unknownCategory: (parts: string) => `「人员类别」无法识别：${parts.slice(0, 30)}，未导入这部分`,
  notInDictionary: (label: string, value: string) =>
    `「${label}」“${value.slice(0, 20)}”不在本地字典中，该项已留空（可先在字典中添加后重新导入）`,
  duplicateInFile: (sheet: string, row: number) =>
    `与本文件中“${sheet}”第 ${row} 行是同一人（身份证号相同），未重复导入`,
  duplicateInFileByName: (sheet: string, row: number) =>
    `与本文件中“${sheet}”第 ${row} 行是同一人（姓名和出生日期相同），未重复导入`,
  inRecycleBin: '与回收站中的人员身份证号相同，请先到回收站恢复该人员，再重新导入',
  notOwned: '该人员由其他单位登记，本单位不能通过导入修改',
  ambiguous: '有多名已登记人员与本行姓名和出生日期相同，无法确定是哪一位；请补充身份证号',
  matchedByName: '本行没有身份证号，按姓名和出生日期对应到已登记人员',
  noKey: '本行没有身份证号和出生日期，按姓名和工作单位查重',
  nameDiffers: '身份证号与已登记人员相同，但姓名不同，请核对',
  updated: (fields: string[]) => `更新：${fields.join('、')}`,
  unchanged: '与已登记的信息相同，无需更新',
  unreadable: '本行的内容无法读取，未导入',
}

export const importFileText = {
  ...importFormatText,
  empty: '文件是空的（0 字节），请检查是否选错了文件',
  tooLarge: (mb: number) => `文件超过 ${mb} MB，请按乡镇拆分成几个文件分别导入`,
  xls: '这是旧版 Excel 97-2003 格式（.xls），无法直接导入。请在 WPS 或 Excel 中打开，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入',
  et: '这是 WPS 表格格式（.et），无法直接导入。请在 WPS 中打开，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入',
  encrypted:
    '文件设置了打开密码（已加密），无法读取。请在 WPS/Excel 中打开并取消密码（文件→信息→保护工作簿），另存为 .xlsx 后再导入',
  ods: '这是 OpenDocument 表格（.ods），请在 WPS/Excel 中另存为 .xlsx 后再导入',
  notSpreadsheet: '无法识别的文件格式：只能导入 Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
  notXlsx: '这个压缩文件不是 Excel 工作簿（.xlsx），请检查是否选错了文件',
  damaged: '文件已损坏或不完整，无法读取。请在 WPS/Excel 中打开确认，另存为 .xlsx 后再导入',
  zipBomb: '文件解压后异常巨大（压缩比或解压大小超出正常 Excel 文件的范围），为安全起见拒绝读取',
  tooManyEntries: (n: number) =>
    `文件内部包含 ${n} 个部件，远超正常 Excel 文件，为安全起见拒绝读取`,
  lyingSize: '文件内部记录的大小与实际内容不符（可能被篡改），为安全起见拒绝读取',
  entities:
    '文件中含有 XML 实体声明（DOCTYPE/ENTITY），正常的 Excel 文件不会有，为安全起见拒绝读取',
  hugeCell: (sheet: string, row: number | null) =>
    `工作表“${sheet}”${row ? `第 ${row} 行` : ''}有单元格内容超过 32767 个字符（Excel 的上限），文件可能已损坏或被篡改，拒绝读取`,
  hugeText: '文件中有一段文本长度远超 Excel 单元格的上限，文件可能已损坏或被篡改，拒绝读取',
  hugeRow: (sheet: string, row: number, maxMb: number) =>
    `工作表“${sheet}”第 ${row} 行异常庞大（超过 ${maxMb} MB 仍未结束），正常的 Excel 文件不会这样，文件可能已损坏或被篡改，拒绝读取`,
  tooManyCells: (sheet: string, row: number, max: number) =>
    `工作表“${sheet}”第 ${row} 行的单元格超过 ${max} 个（Excel 的上限），文件可能已损坏或被篡改，拒绝读取`,
  cellOutOfRange: (sheet: string, ref: string) =>
    `工作表“${sheet}”中的单元格 ${ref.slice(0, 20)} 超出了 Excel 的行列范围，文件可能已损坏或被篡改，拒绝读取`,
  tooManyRows: (max: number) => `文件超过 ${max} 行，请拆分后分别导入`,
  forbiddenName: (name: string) =>
    `文件中含有不允许的名称“${name.slice(0, 20)}”（如 __proto__），为安全起见拒绝读取`,
  readFailed: '读取文件时出错，文件可能已损坏。请在 WPS/Excel 中打开确认，另存为 .xlsx 后再导入',
  outOfMemory: '文件过大或结构异常，读取时超出了内存上限，已停止读取。请检查文件，或拆分后再导入',
  csvBadQuotes: (row: number) => `CSV 文件第 ${row} 行的引号不成对，文件可能不完整`,
  noSheets: '文件中没有工作表',
  sheetNotFound: (name: string) => `文件中没有名为“${name.slice(0, 40)}”的工作表`,
  sheetEmpty: (sheet: string) => `工作表“${sheet}”是空的`,
  noHeader: (sheet: string) =>
    `工作表“${sheet}”的前 30 行中找不到表头（至少要有“姓名”列和另一列能识别的列名，如“身份证号”），已跳过。可在导入时手动指定各列`,
  hiddenSheet: (sheet: string) => `工作表“${sheet}”是隐藏的工作表，已跳过`,
  nothingReadable:
    '文件中没有可导入的工作表：每个工作表都没有找到表头。请确认第一行或标题下方是列名（姓名、身份证号……）',
  headerOnly: (sheet: string) => `工作表“${sheet}”只有表头，没有数据行`,
  csvName: '(CSV)',
}

export const importSessionText = {
  expired: '导入预览已过期或已被使用，请重新选择文件',
  notYours: '这份导入预览不是当前用户创建的',
  badBase64: '文件内容编码不正确（应为 base64）',
  busy: '同时进行中的导入预览过多，请先完成或取消其他导入',
  badMapping: (sheet: string) => `列对应关系有误：工作表“${sheet.slice(0, 40)}”不存在`,
  badColumn: (column: string) => `列对应关系有误：第 ${column} 列不存在`,
  nameNotMapped: (sheet: string) => `工作表“${sheet.slice(0, 40)}”没有指定“姓名”列`,
}

export const importBatchText = {
  notFound: '找不到这个导入批次',
  alreadyRolledBack: (at: string, by: string) => `这个批次已于 ${at} 由 ${by} 撤销`,
  changedSince: (n: number, names: string) =>
    `导入后已有 ${n} 名人员被再次修改（${names}${n > 3 ? ' 等' : ''}），整批撤销会丢失这些修改，未做任何改动。请先核对这些人员`,
  notOwnedBatch: '这个批次不是在本机导入的，不能撤销',
  notARoster: '这是建言献策台账的导入批次，不能整批撤销：请在建言献策列表中逐条删除',
  sameFileBefore: (at: string, by: string) => `同一文件已于 ${at} 由 ${by} 导入过`,
}

export const importAuditText = {
  applied: (file: string, c: ImportCountsText) =>
    `导入文件 ${file.slice(0, 80)}：新建 ${c.created}，更新 ${c.updated}，无变化 ${c.unchanged}，重复 ${c.duplicates}，未导入 ${c.rejected}`,
  personCreated: (file: string, batch: string, rolledBack: boolean) =>
    `由导入新建：${file.slice(0, 80)}（批次 ${batch.slice(0, 8)}${rolledBack ? '，该批次已撤销' : ''}）`,
  personUpdated: (name: string, fields: string[], batch: string) =>
    `导入更新人员 ${name}：${fields.join('、')}（批次 ${batch.slice(0, 8)}）`,
  personRemoved: (name: string, batch: string) =>
    `撤销导入，删除人员 ${name}（批次 ${batch.slice(0, 8)}）`,
  personRestored: (name: string, batch: string) =>
    `撤销导入，恢复人员 ${name} 导入前的信息（批次 ${batch.slice(0, 8)}）`,
  rolledBack: (file: string, removed: number, restored: number) =>
    `撤销导入 ${file.slice(0, 80)}：删除 ${removed} 人，恢复 ${restored} 人`,
  preview: (file: string) => `预览导入文件 ${file.slice(0, 80)}`,
  errorReport: (file: string, n: number) => `生成导入错误报告 ${file.slice(0, 80)}（${n} 行）`,
}

interface ImportCountsText {
  created: number
  updated: number
  unchanged: number
  duplicates: number
  rejected: number
}

export const importStatusNames = {
  created: '新建',
  updated: '更新',
  unchanged: '无变化',
  duplicate: '文件内重复',
  rejected: '未导入',
}

export const importReportText = {
  sheetName: '未导入的行',
  reasonHeader: '错误原因',
  sheetHeader: '原工作表',
  rowHeader: '原行号',
  fileName: (base: string) => `${base}-错误报告.xlsx`,
  title: (file: string) => `导入错误报告：${file.slice(0, 60)}`,
  hint: '改正后可直接重新导入本文件；“错误原因”“原工作表”“原行号”三列会被忽略',
}

export const templateText = {
  fileName: '导入模板.xlsx',
  sheetName: '人员名单',
  codesSheetName: '代码表',
  title: '新的社会阶层人士信息登记表',
  unitLine: '填报单位：                    填报日期：',
  example: {
    name: '张三',
    sex: '男',
    ethnicity: '汉族',
    birthDate: '1985.03',
    idNumber: '330621198503121232',
    politicalStatus: '中国民主同盟盟员',
    education: '大学本科毕业',
    employer: '示例科技有限公司',
    jobTitle: '总经理',
    categories: '民营企业管理技术人员',
    phone: '13800000000',
    remarks: '示例行，导入前请删除',
  } as Record<string, string>,
  notes: [
    '注：1. 带 * 的列必填；身份证号列已设为文本格式，请直接输入 18 位号码。',
    '2. 性别、民族、政治面貌、学历等列可从下拉列表中选择；出生年月可写作 1985.03 或 1985-03-12。',
    '3. 人员类别可填多个，用“、”分隔；导入时会自动跳过本说明行和示例行以外的空行。',
  ],
  required: (label: string) => `*${label}`,
  validationTitle: '请从列表中选择',
  validationError: (label: string) => `「${label}」请从下拉列表中选择`,
}

export const importCliText = {
  'persons import': {
    summary: '从 Excel（.xlsx）或 CSV 导入人员名单',
    description:
      '读取花名册的每个工作表，自动识别表头（含标题行、两级表头）和各列，按身份证号新建或更新人员；姓名为空、身份证号无效或被 Excel 截断的行不导入并报告原因。整个文件在一个事务中导入，可由管理员用 imports rollback 整批撤销。--dry-run 只预览、不写入。需要操作员或管理员账号（--user）。',
    sheet: '只导入这个工作表',
    dryRun: '只预览结果，不写入数据库',
    errors: '把未导入的行（附错误原因）保存到这个 .xlsx 文件，改正后可重新导入',
    examples: [
      'XINLIAN_PASSWORD=… xinlian persons import D:\\花名册.xlsx --data-dir D:\\新联台账 --user admin',
      'XINLIAN_PASSWORD=… xinlian persons import 名单.csv --dry-run --json --data-dir D:\\新联台账 --user admin',
    ],
    fileArg: '要导入的文件（.xlsx 或 .csv）',
    summaryLine: (file: string, c: ImportCountsText & { warnings: number }) =>
      `${file}：新建 ${c.created}，更新 ${c.updated}，无变化 ${c.unchanged}，文件内重复 ${c.duplicates}，未导入 ${c.rejected}，有提示 ${c.warnings}`,
    dryRunNote: '（预览，未写入数据库）',
    batchLine: (id: string) => `导入批次：${id}（管理员可用 xinlian imports rollback ${id} 撤销）`,
    rowLine: (sheet: string, row: number, status: string, field: string | null, reason: string) =>
      `  ${sheet} 第 ${row} 行  ${status}${field ? `  [${field}]` : ''}  ${reason}`,
    errorsSaved: (path: string, n: number) => `未导入的 ${n} 行已保存到 ${path}`,
    sheetNote: (message: string) => `提示：${message}`,
    sheetValue: '工作表名',
    fileMissing: (path: string) => `找不到文件“${path}”，或无法读取`,
    moreRows: (n: number) => `  ……另有 ${n} 行，加 --json 可看到全部`,
    outExists: (path: string) => `文件“${path}”已存在，未覆盖。请换一个文件名，或先移走原文件。`,
  },
  'persons export': {
    summary: '把人员名单导出为 Excel（.xlsx）',
    description:
      '按查询条件导出人员名单，格式与各地上报的表格一致（标题、填报单位和日期、表头、序号）。身份证号和手机号默认脱敏；--unmasked 导出完整号码，需要操作员或管理员账号，并记入审计日志。',
    query: '只导出与此查询匹配的人员（姓名、拼音、单位、身份证号或手机尾号）',
    unmasked: '导出完整的身份证号和手机号（记入审计日志）',
    fileArg: '导出到这个 .xlsx 文件（不能是已存在的文件）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian persons export D:\\名单.xlsx --data-dir D:\\新联台账 --user admin',
      'XINLIAN_PASSWORD=… xinlian persons export 律师.xlsx --query 律师 --unmasked --data-dir D:\\新联台账 --user admin',
    ],
    done: (path: string, n: number, masked: boolean) =>
      `已导出 ${n} 人到 ${path}${masked ? '（身份证号和手机号已脱敏）' : '（含完整身份证号和手机号，请妥善保管）'}`,
    queryValue: '查询',
    notXlsx: '导出文件名应以 .xlsx 结尾',
  },
  'imports list': {
    summary: '列出导入批次',
    description:
      '列出每次导入：时间、操作人、文件、新建和更新人数，以及是否已撤销。需要操作员或管理员账号（--user）。',
    examples: [
      'XINLIAN_PASSWORD=… xinlian imports list --json --data-dir D:\\新联台账 --user admin',
    ],
    line: (b: {
      id: string
      at: string
      username: string | null
      fileName: string
      created: number
      updated: number
      status: string
    }) =>
      `${b.id}  ${b.at}  ${b.username ?? ''}  ${b.fileName}  新建 ${b.created}  更新 ${b.updated}  ${b.status}`,
    none: '还没有导入过文件。',
    applied: '已导入',
    rolledBack: '已撤销',
  },
  'imports rollback': {
    summary: '整批撤销一次导入（删除新建的人员，恢复被更新的人员）',
    description:
      '撤销一次导入：该批次新建的人员被删除，被更新的人员恢复为导入前的信息。导入后又被修改过的人员会阻止撤销。需要管理员账号（--user），记入审计日志。',
    batchArg: '导入批次编号（见 xinlian imports list）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian imports rollback 0192… --data-dir D:\\新联台账 --user admin',
    ],
    done: (id: string, removed: number, restored: number) =>
      `已撤销导入批次 ${id}：删除 ${removed} 人，恢复 ${restored} 人。`,
  },
} satisfies Record<string, CommandText>

export const importAuditActions: Record<string, string> = {
  'imports.preview': '预览导入',
  'imports.apply': '导入人员',
  'imports.rollback': '撤销导入',
  'imports.errorReport': '导出导入错误报告',
}

export const imports = {
  row: importRowText,
  file: importFileText,
  session: importSessionText,
  batch: importBatchText,
  audit: importAuditText,
  statusNames: importStatusNames,
  report: importReportText,
  template: templateText,
  auditActions: importAuditActions,
}
