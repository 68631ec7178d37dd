/** Text of the statistics and report commands of `xinlian`. */
export const statisticsCliText = {
  stats: {
    summary: '按统计期列出全部统计指标（数值、单位和口径）',
    description:
      '计算统计期内的全部统计指标，逐项列出编号、名称、数值和单位；--json 时每项还带口径说明。与“统计”页面、工作台和统计报表用的是同一套计算。在市级、省级，--unit 只统计本单位或某个下级单位的数据。不显示个人信息；数据库已加密，读取也须以 --user 登录（密码取自环境变量 XINLIAN_PASSWORD）。',
    period: '统计期：年度 2026、季度 2026Q1，或日期范围 2026-01-01..2026-06-30（默认为今年）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian stats --data-dir D:\\新联台账 --user admin --period 2026',
      'XINLIAN_PASSWORD=… xinlian stats --data-dir D:\\新联台账 --user admin --period 2026Q1 --json',
      'XINLIAN_PASSWORD=… xinlian stats --data-dir D:\\新联台账 --user admin --period 2026 --unit 330621',
    ],
    heading: (from: string, to: string, version: number) =>
      `统计期 ${from} 至 ${to}（指标口径第 ${version} 版）`,
    line: (id: string, name: string, value: string, unit: string) =>
      `${id}  ${name}：${value} ${unit}`,
    badPeriod: (value: string) =>
      `统计期“${value}”无效，应为 2026、2026Q1 或 2026-01-01..2026-06-30`,
  },
  report: {
    summary: '按报表模板生成统计报表（屏幕、.xlsx、PDF），可锁定',
    description:
      '用报表模板（默认为“新的社会阶层人士统战工作情况统计表”）和统计期生成统计报表，数字与“统计”页面、xinlian stats 出自同一套指标计算；在市级、省级，--unit 只统计本单位或某个下级单位（填报单位随之改为该单位）。--out 另存为 .xlsx，或另存为与应用内打印相同的 A4 PDF（用本机安装的 Edge、Chrome 或 Chromium 生成，可用环境变量 XINLIAN_BROWSER 指定）；--lock 把本期报表连同模板、口径版本和校验码锁定，以后数据或模板再改也不影响已锁定的报表，需要 --user（操作员或管理员）。报表不含个人信息。',
    period: '统计期：年度 2026、季度 2026Q1，或日期范围 2026-01-01..2026-06-30（默认为今年）',
    template: '报表模板的名称（默认为内置的年度统计表）',
    out: '另存为 .xlsx 或 .pdf 文件的路径（不能是已存在的文件）',
    lock: '锁定本期报表（需要 --user）',
    user: '以哪个账号登录（数据库已加密，读取也须登录；密码取自环境变量 XINLIAN_PASSWORD）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian report --data-dir D:\\新联台账 --user admin --period 2026',
      'XINLIAN_PASSWORD=… xinlian report --data-dir D:\\新联台账 --user admin --period 2026 --out E:\\报表\\2026年度统计表.xlsx',
      'XINLIAN_PASSWORD=… xinlian report --data-dir D:\\新联台账 --user admin --period 2026 --out E:\\报表\\2026年度统计表.pdf',
      'XINLIAN_PASSWORD=… xinlian report --data-dir D:\\新联台账 --period 2026 --lock --user admin',
    ],
    heading: (title: string, unit: string, period: string, version: number) =>
      `${title}\n${unit}    统计期：${period}（指标口径第 ${version} 版）`,
    section: (label: string) => `【${label}】`,
    line: (label: string, unit: string, figures: string) => `${label}（${unit}）：${figures}`,
    figure: (column: string, value: string) => `${column} ${value}`,
    note: (text: string) => `注：${text}`,
    saved: (path: string) => `已另存为 ${path}`,
    locked: (at: string, hash: string) => `已锁定（${at}），校验码 ${hash}`,
    noTemplate: (name: string) => `找不到名为“${name}”的报表模板`,
    notXlsxOrPdf: '--out 的文件名应以 .xlsx 或 .pdf 结尾',
    lockNeedsUser: '锁定报表需要 --user 指定操作员或管理员账号',
    lockWholeUnit: '锁定的是本单位全部数据的报表，不能与 --unit 同用',
  },
}
