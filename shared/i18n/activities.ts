/** Activities, trainings, participants and attendance: names, messages, audit and CLI text. */

/** DOMAIN.md's activity types, shipped with the app; the list is editable. */
export const BUILT_IN_ACTIVITY_TYPES: readonly { code: string; name: string }[] = [
  { code: '01', name: '理论学习' },
  { code: '02', name: '实践教育' },
  { code: '03', name: '主题研讨' },
  { code: '04', name: '宣传展示' },
  { code: '05', name: '社会服务' },
  { code: '06', name: '培训' },
  { code: '07', name: '调研考察' },
  { code: '08', name: '联谊交流' },
  { code: '09', name: '建言献策' },
  { code: '10', name: '公益慈善' },
  { code: '11', name: '应急/抗疫' },
]

export const activityStatusNames: Record<string, string> = {
  planned: '计划',
  held: '已举办',
  cancelled: '取消',
}

export const trainingLevelNames: Record<string, string> = {
  central: '中央',
  province: '省级',
  city: '市级',
  county: '县级',
}

export const participantRoleNames: Record<string, string> = {
  host: '主持',
  speaker: '发言',
  attendee: '参加',
  staff: '工作人员',
}

export const attendanceNames: Record<string, string> = {
  registered: '已报名',
  present: '出席',
  absent: '缺席',
  leave: '请假',
}

export const activityMessages = {
  badDate: (label: string) => `「${label}」应为有效日期，格式如 2024-03-12`,
  badTime: '「开始时间」应为 24 小时制时间，如 14:30',
  endBeforeStart: '「结束日期」早于「开始日期」',
  typeMissing: (code: string) => `活动类型“${code}”不在活动类型字典中`,
  organizationMissing: '主办组织不存在或已被删除',
  notOwned: '该活动由其他单位登记，只能查看，不能修改',
  staleVersion: '该活动已被他人修改，请刷新后再保存',
  trainingOnly: '「培训天数」「办班层级」「承办院校」只适用于培训类活动',
  tooMany: (max: number) => `一次最多添加 ${max} 人，请缩小筛选范围`,
  personMissing: (n: number) => `有 ${n} 名人员不存在或已被删除`,
  participantMissing: (n: number) => `有 ${n} 名参加人员不属于本活动`,
  noParticipants: '本活动还没有参加人员',
  seqProblems: (n: number) => `序号有 ${n} 处错误，未做任何改动`,
  cancelledNoAttendance: '活动已取消，不能登记出席情况',
}

/** Messages of the 序号 parser (`1-12，15、18`). Items are counted from 1, as people count. */
export const seqListMessages = {
  empty: '请输入序号，如 1-12，15、18',
  notANumber: (item: number, text: string) => `第 ${item} 项“${text}”不是有效的序号`,
  zero: (item: number, text: string) => `第 ${item} 项“${text}”无效：序号从 1 开始`,
  beyond: (item: number, text: string, count: number) =>
    `第 ${item} 项“${text}”超出范围：本表共 ${count} 人`,
  duplicates: (list: string) => `重复的序号已合并：${list}`,
  notOnSheet: (list: string) => `序号 ${list} 不在本表中（该参加人员已移除）`,
}

export const attachmentMessages = {
  empty: '文件是空的',
  tooLarge: (limitMb: number) => `文件超过 ${limitMb} MB，请压缩后再上传`,
  badType: '只能上传 JPG、PNG 图片或 PDF 文件',
  badBase64: '文件内容不是有效的 Base64 编码',
  alreadyAttached: (name: string) => `该文件已作为“${name}”附在本活动中`,
  fileMissing: '附件文件在数据目录中找不到，可能已被移走或删除',
  writeFailed: (detail: string) => `附件保存失败，未做任何改动：${detail}`,
}

export const activityAuditText = {
  created: (title: string) => `新建活动 ${title}`,
  updated: (title: string, fields: string[]) =>
    fields.length ? `修改活动 ${title}：${fields.join('、')}` : `保存活动 ${title}（无改动）`,
  deleted: (title: string, participants: number) =>
    `删除活动 ${title}（同时移除 ${participants} 名参加人员）`,
  participantsAdded: (title: string, added: number, skipped: number, how: string) =>
    `向活动 ${title} ${how}添加参加人员 ${added} 人${skipped ? `，已在名单中 ${skipped} 人` : ''}`,
  participantsRemoved: (title: string, n: number) => `从活动 ${title} 移除参加人员 ${n} 人`,
  roleSet: (title: string, n: number, role: string) => `活动 ${title}：${n} 人的角色设为${role}`,
  attendanceSet: (title: string, n: number, status: string) =>
    `活动 ${title}：${n} 人登记为${status}`,
  attendanceBySeq: (title: string, text: string, n: number, status: string) =>
    `活动 ${title}：按序号“${text.slice(0, 100)}”登记 ${n} 人${status}`,
  renumbered: (title: string, n: number) => `活动 ${title}：重新编排 ${n} 人的序号`,
  attachmentAdded: (title: string, file: string) => `活动 ${title} 添加附件 ${file}`,
  attachmentRemoved: (title: string, file: string) => `活动 ${title} 移除附件 ${file}`,
  typeSaved: (code: string, name: string) => `活动类型字典 ${code} ${name}`,
  typeDeleted: (code: string, name: string) => `删除活动类型字典项 ${code} ${name}`,
  byFilter: '按筛选条件',
  bySearch: '',
  byOrganization: (org: string) => `从组织 ${org} `,
}

export const activityAuditActions: Record<string, string> = {
  'activities.create': '新建活动',
  'activities.update': '修改活动',
  'activities.delete': '删除活动',
  'activities.saveType': '修改活动类型字典',
  'activities.deleteType': '删除活动类型字典项',
  'activities.addAttachment': '添加活动附件',
  'activities.removeAttachment': '移除活动附件',
  'participants.add': '添加参加人员',
  'participants.addByFilter': '按筛选条件添加参加人员',
  'participants.addFromOrganization': '从组织添加参加人员',
  'participants.remove': '移除参加人员',
  'participants.setRole': '设置参加人员角色',
  'participants.setAttendance': '登记出席情况',
  'participants.setAllAttendance': '全部登记出席情况',
  'participants.markBySeq': '按序号登记出席',
  'participants.renumber': '重新编排序号',
}

/** A person's record: what they took part in. */
export const personActivityText = {
  counts: (activities: number, trainings: number) =>
    `参加活动 ${activities} 次，培训 ${trainings} 期`,
}

export const activityFieldLabels: Record<string, string> = {
  type: '活动类型',
  title: '活动名称',
  theme: '主题',
  status: '状态',
  startDate: '开始日期',
  startTime: '开始时间',
  endDate: '结束日期',
  place: '地点',
  organizationId: '主办组织',
  guideUnits: '指导单位',
  hostUnits: '主办单位',
  organizerUnits: '承办单位',
  coUnits: '协办单位',
  plannedCount: '计划人数',
  actualCount: '实到人数',
  description: '活动内容',
  beneficiaries: '受益人次',
  donationFen: '捐款金额',
  goodsFen: '捐物折价',
  costFen: '活动经费',
  volunteerHours: '志愿服务时长',
  onlineViews: '网络浏览量',
  newsLinks: '新闻报道链接',
  trainingDays: '培训天数',
  trainingLevel: '办班层级',
  trainingSchool: '承办院校',
  activityId: '活动',
  ids: '参加人员',
  attendance: '出席情况',
  text: '序号',
  fileName: '文件名',
  base64: '文件内容',
  caption: '说明',
  blankRows: '空白行数',
  columns: '列',
  year: '年度',
}

/** `xinlian activities …`, merged into the CLI catalogue. */
export const activitiesCliText = {
  'activities list': {
    summary: '列出活动（可按年度、类型、状态筛选）',
    description: '列出活动及其参加人数、实到人数和成效数据。需要 --user 指定操作人（查看者即可）。',
    year: '年度，如 2025',
    type: '活动类型代码或名称，如 06 或 培训',
    status: '状态：计划、已举办、取消（或 planned、held、cancelled）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian activities list --data-dir D:\\新联台账 --user admin --year 2025 --json',
    ],
    none: '没有符合条件的活动。',
    line: (date: string, title: string, type: string, status: string, actual: number) =>
      `${date}  ${title}（${type}，${status}）实到 ${actual} 人`,
    total: (n: number) => `共 ${n} 项活动。`,
    badYear: (value: string) => `年度“${value}”无效，应为四位数字，如 2025`,
    badType: (value: string) => `活动类型“${value}”不在活动类型字典中`,
    badStatus: (value: string) => `状态“${value}”无效，应为 计划、已举办 或 取消`,
  },
  'activities participants': {
    summary: '列出某项活动的参加人员和出席情况',
    description:
      '按序号列出一项活动的参加人员、角色和出席情况（手机号已脱敏）。活动编号可从 activities list 得到。',
    examples: [
      'XINLIAN_PASSWORD=… xinlian activities participants 0190a… --data-dir D:\\新联台账 --user admin --json',
    ],
    idArg: '活动编号',
    header: (title: string, expected: number, present: number) =>
      `${title}：应到 ${expected} 人，实到 ${present} 人`,
    line: (seq: number, name: string, employer: string, role: string, attendance: string) =>
      `${String(seq).padStart(4)}  ${name}  ${employer}  ${role}  ${attendance}`,
  },
}

export const activities = {
  statuses: activityStatusNames,
  trainingLevels: trainingLevelNames,
  roles: participantRoleNames,
  attendance: attendanceNames,
  messages: activityMessages,
  seqList: seqListMessages,
  attachments: attachmentMessages,
  auditActions: activityAuditActions,
  personActivity: personActivityText,
  fieldLabels: activityFieldLabels,
}
