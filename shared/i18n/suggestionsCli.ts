/** The `xinlian suggestions …` commands. */
export const suggestionsCliText = {
  'suggestions add': {
    summary: '从 JSON 文件新增建言献策',
    description: [
      '读取 JSON 文件（一条建言对象，或建言对象的数组），逐条校验并新增；遇到不通过的记录即停止，并说明已新增了哪些。需要录入员或管理员账号（--user）。',
      '字段（同建言登记表）：',
      '  title 标题（必填）；kind 类别代码或名称（社情民意、建议、提案、调研报告）；submittedOn 提交日期 YYYY-MM-DD；',
      '  channel 报送渠道代码或名称（新联会简报、统战部信息专报、政协提案、人大建议…）；receivingBody 接收单位；',
      '  summary 内容摘要；fullText 全文；status 状态 submitted/adopted/rejected/in_progress/done（或 已提交、已采用、未采用、办理中、已办结）；',
      '  outcome 办理结果；activityId 关联活动编号；remarks 备注；',
      '  submitters 提交人数组，每项为 {"personId": "…"}，或 {"name": "王建国", "employer": "华达机械有限公司"}（按姓名和工作单位在人员库中查找，须唯一），',
      '    或库外合作者 {"name": "…", "employer": "…", "external": true}；"isLead": true 标明牵头人（默认第一位）；',
      '  adoptions 采用情况数组 {"body": "市委办公室", "level": "county|city|province|national", "adoptedOn": "2025-05-02", "how": "published|forwarded|adopted"}；',
      '  instructions 批示数组 {"leader": "…", "level": "…", "instructedOn": "…", "content": "…"}。',
    ].join('\n'),
    input: 'JSON 文件路径',
    examples: [
      'XINLIAN_PASSWORD=… xinlian suggestions add --data-dir D --user lisi --input 建言.json',
    ],
    done: (n: number) => `已新增 ${n} 条建言。`,
    added: (title: string, score: number, id: string) => `  ${title}（得分 ${score}，${id}）`,
    badJson: (file: string, reason: string) => `文件“${file}”不是有效的 JSON：${reason}`,
    notSuggestions: '文件内容应为一条建言对象，或建言对象的数组',
    rowFailed: (n: number, message: string) => `第 ${n} 条未能新增：${message}`,
    partial: (n: number) => `已新增前 ${n} 条；其余未写入。`,
    noSuchPerson: (name: string, employer: string) =>
      `「提交人」${name}${employer ? `（${employer}）` : ''}不在人员库中；库外合作者请加 "external": true`,
    ambiguousPerson: (name: string, n: number) =>
      `「提交人」${name} 在人员库中有 ${n} 人同名，请加上 employer 或改用 personId`,
    badDictionary: (label: string, value: string) => `「${label}」“${value}”不在字典中`,
  },
  'suggestions list': {
    summary: '列出建言献策及其得分',
    description:
      '列出建言献策、提交人、采用和批示情况及得分。需要 --user 指定操作人（查看者即可）。',
    year: '年度，如 2025',
    examples: [
      'XINLIAN_PASSWORD=… xinlian suggestions list --data-dir D --user admin --year 2025 --json',
    ],
    none: '没有符合条件的建言。',
    line: (date: string, title: string, kind: string, submitters: string, score: number) =>
      `${date}  ${title}（${kind}）${submitters}  得分 ${score}`,
    total: (n: number) => `共 ${n} 条建言。`,
    badYear: (value: string) => `年度“${value}”无效，应为四位数字，如 2025`,
  },
  'suggestions scores': {
    summary: '按人员和单位列出建言献策得分排名',
    description:
      '按人员和提交人工作单位汇总建言献策得分（可按年度）。需要 --user 指定操作人（查看者即可）。',
    year: '年度，如 2025',
    examples: [
      'XINLIAN_PASSWORD=… xinlian suggestions scores --data-dir D --user admin --year 2025 --json',
    ],
    personsHeader: '人员：',
    organizationsHeader: '单位：',
    line: (rank: number, name: string, count: number, score: number) =>
      `${String(rank).padStart(4)}  ${name}  ${count} 条  ${score} 分`,
    none: '没有得分记录。',
  },
  'suggestions import': {
    summary: '导入现有的建言献策台账（Excel 或 CSV）',
    description: [
      '读取本单位现有的建言献策台账，与界面“导入台账”同样识别表头、逐行核对，并在一个事务中导入；需要录入员或管理员账号（--user）。',
      '提交人按“姓名 + 工作单位”在人员库中唯一匹配时关联人员；未匹配或同名多人的，作为库外提交人保存姓名（界面中可逐一选择）。',
      '标题、提交日期和第一提交人都相同的行视为重复，跳过；同一文件再次导入不会新增。得分按现行评分规则计算，不取表中的得分。',
    ].join('\n'),
    fileArg: '要导入的建言献策台账（.xlsx、.xls、.csv）',
    dryRun: '只核对不导入',
    examples: [
      'XINLIAN_PASSWORD=… xinlian suggestions import 2025年建言献策台账.xlsx --data-dir D --user admin --dry-run',
      'XINLIAN_PASSWORD=… xinlian suggestions import 2025年建言献策台账.xlsx --data-dir D --user admin --json',
    ],
  },
}
