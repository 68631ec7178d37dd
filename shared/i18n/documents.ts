/** Printed documents: 签到表, 花名册, 活动台账, 登记表. */

export const signInText = {
  title: (activity: string) => `${activity}签到表`,
  time: (when: string) => `时间：${when}`,
  place: (place: string) => `地点：${place}`,
  host: (units: string) => `主办单位：${units}`,
  organizer: (units: string) => `承办单位：${units}`,
  /** The full-width space between the two halves is part of the form. */
  footer: (expected: number) => `应到 ${expected} 人\u3000实到 ___ 人`,
  columns: {
    seq: '序号',
    name: '姓名',
    sex: '性别',
    employer: '工作单位',
    jobTitle: '职务',
    phone: '联系电话',
    signature: '签名',
    signTime: '签到时间',
  },
}

export const rosterText = {
  defaultTitle: '新的社会阶层人士花名册',
  organizationTitle: (org: string) => `${org}成员花名册`,
  activityTitle: (activity: string) => `${activity}参加人员花名册`,
  info: (unit: string, date: string, count: number) =>
    `制表单位：${unit}\u3000\u3000制表日期：${date}\u3000\u3000共 ${count} 人`,
  footer: (count: number) => `合计 ${count} 人`,
  maskedNote: '身份证号、手机号已脱敏',
  tooMany: (max: number) => `花名册一次最多打印 ${max} 人，请缩小范围`,
  columns: {
    seq: '序号',
    name: '姓名',
    formerNames: '曾用名/笔名',
    sex: '性别',
    ethnicity: '民族',
    birthDate: '出生年月',
    age: '年龄',
    nativePlace: '籍贯',
    idNumber: '身份证号',
    politicalStatus: '政治面貌',
    education: '学历',
    degree: '学位',
    schoolMajor: '毕业院校及专业',
    title: '专业技术职称',
    titleLevel: '职称级别',
    employer: '工作单位',
    jobTitle: '职务',
    employerType: '单位性质',
    categories: '人士类别',
    team: '队伍类别',
    talentLevel: '人才层级',
    township: '乡镇（街道）',
    community: '社区（村）',
    phone: '手机',
    email: '电子邮箱',
    address: '通讯地址',
    seats: '人大/政协',
    status: '状态',
    post: '组织职务',
    remarks: '备注',
  } as Record<string, string>,
  seats: { npc: '人大代表', cppcc: '政协委员' } as Record<string, string>,
}

export const ledgerText = {
  title: (year: number) => `${year}年度活动台账`,
  info: (unit: string, date: string) => `填报单位：${unit}\u3000\u3000制表日期：${date}`,
  totalLabel: '合计',
  summary: (s: {
    activities: number
    participantTimes: number
    trainings: number
    trainingTimes: number
    beneficiaries: number
    donation: string
    goods: string
    wan: string
    hours: string
    views: number
  }) => [
    `全年开展活动 ${s.activities} 场次，参加 ${s.participantTimes} 人次；其中培训 ${s.trainings} 期，${s.trainingTimes} 人次。`,
    `受益 ${s.beneficiaries} 人次；捐款 ${s.donation} 元，捐物折价 ${s.goods} 元，合计 ${s.wan} 万元；志愿服务 ${s.hours} 小时；网络浏览 ${s.views} 次。`,
  ],
  byType: (list: string) => `按类型：${list}`,
  typeCount: (name: string, n: number) => `${name} ${n} 场`,
  columns: {
    seq: '序号',
    date: '日期',
    title: '活动名称',
    type: '类型',
    place: '地点',
    units: '主办/承办单位',
    participants: '参加人数',
    beneficiaries: '受益人次',
    donation: '捐款（元）',
    goods: '捐物折价（元）',
    hours: '志愿服务（小时）',
    views: '网络浏览量',
  },
}

export const personFormText = {
  title: '新的社会阶层人士登记表',
  info: (unit: string, date: string) => `填报单位：${unit}\u3000\u3000填表日期：${date}`,
  photo: '照片',
  sections: {
    basic: '基本情况',
    work: '工作与联系方式',
    belonging: '类别与管理',
    seats: '人大代表、政协委员任职',
    posts: '社会职务',
    memberships: '所在组织及职务',
    educations: '教育经历',
    awards: '获奖情况',
    activities: '参加活动和培训',
    performance: '主要表现',
    influence: '社会影响',
    remarks: '备注',
  },
  seatColumns: ['类别', '届次', '层级', '职务', '任期', '界别'],
  postColumns: ['组织', '职务', '起止时间'],
  membershipColumns: ['组织', '职务', '届次', '起止时间'],
  educationColumns: ['学校', '专业', '学历', '学位', '起止时间'],
  awardColumns: ['名称', '级别', '时间', '授予单位'],
  activityColumns: ['日期', '活动名称', '类型', '角色'],
  span: (start: string, end: string) => (start || end ? `${start || '—'} 至 ${end || '今'}` : ''),
  none: '无',
  maskedNote: '身份证号、手机号已脱敏',
}

/** The mark on every printed page and export that lists fictional demo persons. */
export const demoMarkText = {
  mark: '演示数据',
  page: '演示数据 · 含虚构的演示人员，不得打印上报或归档',
  sheetTitle: (title: string) => `【演示数据】${title}`,
}

export const documentAuditText = {
  output: (doc: string, object: string, masked: boolean, pages: number, how: string) =>
    `${how}${doc}${object ? `（${object}）` : ''}，共 ${pages} 页，${masked ? '已脱敏' : '含完整身份证号和手机号'}`,
  unmaskedRoster: (n: number) => `生成未脱敏花名册，共 ${n} 人`,
  unmaskedForm: (name: string) => `生成 ${name} 的未脱敏登记表`,
  kinds: {
    signIn: '签到表',
    roster: '花名册',
    ledger: '活动台账',
    personForm: '登记表',
    suggestionLedger: '建言献策台账',
    yearReport: '统计报表',
    keyRegistration: '密钥登记表',
    recoveryKey: '恢复密钥页',
  } as Record<string, string>,
  outputs: { printer: '打印', pdf: '另存为 PDF ' } as Record<string, string>,
}

export const documentAuditActions: Record<string, string> = {
  'documents.rosterUnmasked': '生成未脱敏花名册',
  'documents.personFormUnmasked': '生成未脱敏登记表',
  'documents.recordOutput': '打印或导出文档',
}

export const documents = {
  signIn: signInText,
  roster: rosterText,
  ledger: ledgerText,
  personForm: personFormText,
  demoMark: demoMarkText,
  auditActions: documentAuditActions,
}
