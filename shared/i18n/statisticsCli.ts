/** Text of the statistics and report commands of `xinlian`. */
export const statisticsCliText = {
  stats: {
    summary: '按统计期列出全部统计指标（数值、单位和口径）',
    description:
      '计算统计期内的全部统计指标，逐项列出编号、名称、数值和单位；--json 时每项还带口径说明。与“统计”页面、工作台和统计报表用的是同一套计算。不显示个人信息，无需 --user。',
    period: '统计期：年度 2026、季度 2026Q1，或日期范围 2026-01-01..2026-06-30（默认为今年）',
    examples: [
      'xinlian stats --data-dir D:\\新联台账 --period 2026',
      'xinlian stats --data-dir D:\\新联台账 --period 2026Q1 --json',
    ],
    heading: (from: string, to: string, version: number) =>
      `统计期 ${from} 至 ${to}（指标口径第 ${version} 版）`,
    line: (id: string, name: string, value: string, unit: string) =>
      `${id}  ${name}：${value} ${unit}`,
    badPeriod: (value: string) =>
      `统计期“${value}”无效，应为 2026、2026Q1 或 2026-01-01..2026-06-30`,
  },
}
