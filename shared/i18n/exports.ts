/** Text of exports to .xlsx: titles, the unit and date line, audit details, refusals. */

export const exportText = {
  personsTitle: '新的社会阶层人士名单',
  personsSheet: '人员名单',
  serialHeader: '序号',
  unitLine: (unit: string, date: string, count: number) =>
    `填报单位：${unit}          导出日期：${date}          共 ${count} 人`,
  date: (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
  fileName: (stamp: string) => `人员名单-${stamp}.xlsx`,
  rosterFileName: (title: string, stamp: string) => `${title.slice(0, 40)}-${stamp}.xlsx`,
  ledgerFileName: (year: number, stamp: string) => `${year}年活动台账-${stamp}.xlsx`,
  ledgerSheet: (year: number) => `${year}年活动台账`,
  rosterSheet: '花名册',
  maskedNote: '注：身份证号和手机号已脱敏，出生日期只显示年份，文字中的证件号和电话号码一并脱敏。',
  unmaskedNote: '注：本表含完整身份证号和手机号，属于敏感个人信息，请妥善保管，用后及时删除。',
  unmaskedForbidden: '导出完整身份证号和手机号需要操作员或管理员权限，可导出脱敏名单',
  writeFailed: '导出文件写入失败（磁盘已满或没有写入权限），未生成文件',
}

export const exportAuditText = {
  roster: (title: string, n: number, masked: boolean) =>
    `导出花名册“${title.slice(0, 40)}” ${n} 人（${masked ? '脱敏' : '含完整身份证号和手机号'}）`,
  ledger: (year: number, n: number) => `导出 ${year} 年活动台账 ${n} 场`,
  persons: (n: number, masked: boolean, query: string | undefined) =>
    `导出人员名单 ${n} 人（${masked ? '脱敏' : '含完整身份证号和手机号'}）${query ? `，查询“${query.slice(0, 40)}”` : ''}`,
}

export const exportAuditActions: Record<string, string> = {
  'exports.persons': '导出人员名单',
  'exports.roster': '导出花名册',
  'exports.ledger': '导出活动台账',
}

export const exportsText = {
  text: exportText,
  audit: exportAuditText,
  auditActions: exportAuditActions,
}
