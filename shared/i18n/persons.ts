import type { PersonFields, SeatBody } from '../persons/types'

/** Chinese names of person fields: form labels, validation messages, change history. */
export const personFieldLabels: { readonly [K in keyof PersonFields]: string } = {
  name: '姓名',
  formerNames: '曾用名/笔名',
  sex: '性别',
  ethnicity: '民族',
  birthDate: '出生年月',
  nativePlace: '籍贯',
  birthPlace: '出生地',
  idNumber: '身份证号',
  politicalStatus: '政治面貌',
  politicalJoinedOn: '加入时间',
  politicalStatus2: '第二党派',
  politicalJoinedOn2: '第二党派加入时间',
  education: '学历',
  degree: '学位',
  schoolMajor: '毕业院校及专业',
  title: '专业技术职称',
  titleLevel: '职称级别',
  employer: '工作单位',
  jobTitle: '职务',
  employerType: '单位性质',
  township: '乡镇（街道）',
  community: '社区（村）',
  grid: '网格',
  phone: '手机',
  email: '电子邮箱',
  address: '通讯地址',
  team: '队伍类别',
  talentLevel: '人才库层级',
  managementLevel: '管理层级',
  status: '状态',
  statusDate: '状态变更日期',
  statusReason: '状态变更原因',
  source: '信息来源',
  collectedOn: '采集日期',
  remarks: '备注',
  performance: '主要表现',
  influence: '社会影响',
  categories: '人员类别',
  tags: '标签',
  seats: '人大代表/政协委员',
  posts: '社会职务',
  educations: '教育经历',
  awards: '获奖情况',
}

/** Labels of sub-record fields, for messages like 「人大代表/政协委员」第 2 条「任期开始」… */
export const personSubFieldLabels: Record<string, string> = {
  code: '类别',
  detail: '细分领域',
  body: '类型',
  session: '届次',
  level: '级别',
  post: '职务',
  termStart: '任期开始',
  termEnd: '任期结束',
  sector: '界别',
  org: '组织名称',
  start: '开始时间',
  end: '结束时间',
  school: '学校',
  major: '专业',
  education: '学历',
  degree: '学位',
  name: '名称',
  date: '获奖时间',
  issuer: '颁发单位',
}

export const seatBodyNames: Record<SeatBody, string> = { npc: '人大代表', cppcc: '政协委员' }

/** Seat levels (no national code list; our own stable codes). */
export const seatLevelNames: Record<string, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
}

export const personMessages = {
  required: (label: string) => `「${label}」不能为空`,
  tooLong: (label: string, max: number) => `「${label}」不能超过 ${max} 个字`,
  badCode: (label: string, value: string) => `「${label}」不是可选的值：${value.slice(0, 20)}`,
  badDate: (label: string, detail: string) => `「${label}」${detail}`,
  dateHint: (label: string, detail: string) => `「${label}」：${detail}`,
  badEmail: '「电子邮箱」格式不正确，应如 name@example.com',
  badPhone: (detail: string) => `「手机」${detail}`,
  notInDictionary: (label: string, value: string) =>
    `「${label}」不在字典中：${value.slice(0, 20)}，请先在字典中添加`,
  tooManyTags: (max: number) => `「标签」最多 ${max} 个`,
  tooMany: (label: string, max: number) => `「${label}」最多 ${max} 条`,
  subRequired: (label: string, n: number, sub: string) =>
    `「${label}」第 ${n} 条：「${sub}」不能为空`,
  subTooLong: (label: string, n: number, sub: string, max: number) =>
    `「${label}」第 ${n} 条：「${sub}」不能超过 ${max} 个字`,
  subBadDate: (label: string, n: number, sub: string, detail: string) =>
    `「${label}」第 ${n} 条：「${sub}」${detail}`,
  subBadCode: (label: string, n: number, sub: string) =>
    `「${label}」第 ${n} 条：「${sub}」不是可选的值`,
  termOrder: (label: string, n: number) => `「${label}」第 ${n} 条：结束时间早于开始时间`,
  derivedFromId: (fields: string) => `已按身份证号自动填写${fields}`,
  duplicateId: '「身份证号」与已登记的人员重复，请先查重',
  duplicateIdInBin: '「身份证号」与回收站中的人员重复，请到回收站恢复该人员',
  notOwned: '该人员由其他单位登记，本单位只能查看，不能修改',
  staleVersion: '该人员已被修改（可能在另一窗口），请刷新后再保存',
  notInBin: '该人员不在回收站中',
  purgeNeedsBin: '只能永久删除回收站中的人员，请先删除',
  alreadyDeleted: '该人员已在回收站中',
  demoRefusedRealData: (n: number) => `已有 ${n} 名正式登记的人员，不能加载演示数据`,
  demoAlreadyLoaded: (n: number) => `已加载 ${n} 名演示人员，不能重复加载`,
  nothingChanged: '无变化',
}

/** Audit detail texts of person actions. Never values of ID numbers or phones. */
export const personAuditText = {
  created: (name: string) => `新建人员 ${name}`,
  updated: (name: string, fields: string[]) =>
    `修改人员 ${name}：${fields.length ? fields.join('、') : personMessages.nothingChanged}`,
  deleted: (name: string) => `${name} 移入回收站`,
  restored: (name: string) => `${name} 从回收站恢复`,
  purged: (name: string) => `永久删除人员 ${name}`,
  revealed: (name: string) => `查看 ${name} 的完整身份证号和手机号码`,
  demoCleared: (n: number) => `清除演示数据 ${n} 人`,
  demoLoaded: (n: number, scale: string, seed: number) =>
    `加载演示数据 ${n} 人（规模 ${scale}，种子 ${seed}）`,
}

export const personAuditActions: Record<string, string> = {
  'persons.create': '新建人员',
  'persons.search': '查找人员',
  'persons.list': '查找人员',
  'persons.update': '修改人员',
  'persons.delete': '删除人员（移入回收站）',
  'persons.restore': '恢复人员',
  'persons.purge': '永久删除人员',
  'persons.markCrossUnitPair': '标记跨单位重复人员',
  'persons.reveal': '查看完整身份证号和手机',
  'persons.loadDemo': '加载演示数据',
  'persons.clearDemo': '清除演示数据',
  'dictionaries.save': '修改字典',
  'dictionaries.delete': '删除字典项',
}

export const dictionaryKindNames: Record<string, string> = {
  township: '乡镇（街道）',
  community: '社区（村）',
  category_detail: '细分领域',
  tag: '标签',
}

export const dictionaryMessages = {
  codeTaken: (code: string) => `代码“${code}”已被使用`,
  nameTaken: (name: string) => `“${name}”已在字典中`,
  nameRequired: '「名称」不能为空',
  parentRequired: '「社区（村）」须选择所属乡镇（街道）',
  parentMissing: (code: string) => `所属项“${code}”不存在`,
  builtIn: '内置字典项不能删除，可以停用',
  inUse: (n: number) => `仍有 ${n} 名人员使用该字典项，不能删除，可以停用`,
}

export const persons = {
  fieldLabels: personFieldLabels,
  subFieldLabels: personSubFieldLabels,
  seatBodies: seatBodyNames,
  seatLevels: seatLevelNames,
  messages: personMessages,
  auditActions: personAuditActions,
  dictionaryKinds: dictionaryKindNames,
  dictionaryMessages,
}
