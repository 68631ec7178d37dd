/**
 * 统计报表: the shipped yearly table, the printed and exported report, audit rows and the
 * core's messages. The editor's own strings are in reportsTemplatesUi.ts.
 */

export const defaultReportText = {
  name: '新的社会阶层人士统战工作情况统计表',
  title: '新的社会阶层人士统战工作情况统计表',
  sections: {
    persons: '人员基本情况',
    seats: '政治安排',
    activities: '活动开展情况',
    service: '服务社会情况',
    trainings: '教育培训情况',
    suggestions: '建言献策情况',
  },
  /** A row under another is read as 其中. */
  ofWhich: (name: string) => `其中：${name}`,
  notes: [
    '一人属多类的，分类合计大于总数。',
    '人员按生成报表时的在册登记计，无上年同期数（记“—”）；活动、培训、建言按统计期计。',
    '捐款、捐物以万元计，保留两位小数。',
  ],
}

export const reportColumnNames: Record<string, string> = {
  current: '本期',
  lastYear: '上年同期',
  change: '增减',
  changePercent: '增减率',
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export const reportDocumentText = {
  indicatorColumn: '项目',
  unitColumn: '单位',
  /** Section headers are numbered 一、二、… as the offices' tables do. */
  section: (n: number, label: string) => `${CHINESE_NUMERALS[n - 1] ?? String(n)}、${label}`,
  info: (unitName: string, period: string) => `填报单位：${unitName}    统计期：${period}`,
  periodYear: (year: string) => `${year}年度`,
  periodQuarter: (year: string, q: string) => `${year}年第${q}季度`,
  periodRange: (from: string, to: string) => `${from} 至 ${to}`,
  notesHead: '注：',
  note: (n: number, text: string) => `${n}. ${text}`,
  signLine: (date: string) => `填报人：____________    审核人：____________    填报日期：${date}`,
  lockedLine: (lockedAt: string, by: string, version: number, hash: string) =>
    `已锁定：${lockedAt}，${by}；指标口径第 ${version} 版；校验码 ${hash}`,
  notAvailable: '—',
  sheetName: '统计表',
  fileName: (name: string, period: string, stamp: string) => `${name}-${period}-${stamp}.xlsx`,
  exportAudit: (name: string, period: string, rows: number) =>
    `导出统计报表“${name}”（${period}），共 ${rows} 行`,
}

export const reportAuditText = {
  saved: (name: string, created: boolean) =>
    created ? `新建报表模板“${name}”` : `修改报表模板“${name}”`,
  deleted: (name: string) => `删除报表模板“${name}”`,
  locked: (name: string, period: string, version: number) =>
    `锁定统计报表“${name}”（${period}，指标口径第 ${version} 版）`,
}

export const reportAuditActions: Record<string, string> = {
  'reports.saveTemplate': '保存报表模板',
  'reports.deleteTemplate': '删除报表模板',
  'reports.lock': '锁定统计报表',
  'reports.export': '导出统计报表',
}

export const reportMessages = {
  templateNotFound: '找不到该报表模板，可能已被删除',
  lockedNotFound: '找不到该锁定报表',
  nameTaken: (name: string) => `已有名为“${name}”的报表模板`,
  defaultUndeletable: '默认报表模板不能删除，可以修改',
  staleTemplate: '报表模板已被他人修改，请刷新后再保存',
  alreadyLocked: (name: string, period: string) =>
    `“${name}”${period} 的报表已经锁定，不能重复锁定`,
}
