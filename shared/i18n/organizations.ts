/** Organizations (新联会, 服务团, 实践创新基地) and memberships: names, messages, audit text. */

export const orgKindNames: Record<string, string> = {
  association: '新联会（新阶联）',
  branch: '分会（支部）',
  service_team: '服务团',
  service_unit: '分团（服务队）',
  practice_base: '实践创新基地',
  other: '其他组织',
}

export const orgLevelNames: Record<string, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）级',
}

export const orgRegistrationNames: Record<string, string> = {
  registered: '已登记',
  filed: '已备案',
  none: '未登记',
}

/** 实践创新基地 host types (DOMAIN.md). */
export const baseHostTypeNames: Record<string, string> = {
  industrial_park: '产业园区',
  town: '特色小镇',
  community: '社区',
  office_building: '商务楼宇',
  platform_company: '平台型企业',
  hub_org: '枢纽型社会组织',
}

/** Posts shipped with the app; the list is editable (rename, disable, add). */
export const BUILT_IN_ORG_POSTS: readonly { code: string; name: string }[] = [
  { code: '01', name: '会长' },
  { code: '02', name: '常务副会长' },
  { code: '03', name: '副会长' },
  { code: '04', name: '秘书长' },
  { code: '05', name: '理事' },
  { code: '06', name: '监事' },
  { code: '07', name: '会员' },
]

export const organizationMessages = {
  parentMissing: '上级组织不存在或已被删除',
  parentCycle: '不能把组织移到它自己或它的下级组织之下',
  nameTaken: (name: string) => `同一上级下已有名为“${name}”的组织`,
  hasChildren: (n: number) => `该组织还有 ${n} 个下级组织，请先删除或移走下级组织`,
  notOwned: '该组织由其他单位登记，只能查看，不能修改',
  staleVersion: '该记录已被他人修改，请刷新后再保存',
  personMissing: (n: number) => `有 ${n} 名人员不存在或已被删除`,
  postMissing: (code: string) => `职务“${code}”不在职务字典中，请先在字典中添加`,
  badDate: (label: string) => `「${label}」应为有效日期，格式如 2024-03-12`,
  endBeforeStart: '「任职结束」早于「任职开始」',
  membershipTaken: '该人员在本组织同一届次中已有任职记录',
  tooMany: (max: number) => `一次最多添加 ${max} 人`,
  leaderMissing: '负责人不在人员库中或已被删除',
  townshipMissing: (code: string) => `「所在乡镇（街道）」不在字典中：${code.slice(0, 20)}`,
  hasActivities: (n: number) => `该组织主办的 ${n} 项活动仍在台账中，请先修改这些活动的主办组织`,
  crossMembership: (person: string, exclusive: string, other: string) =>
    `${person} 同时是“${exclusive}”和“${other}”的成员，而“${exclusive}”不允许交叉任职`,
}

export const localDictionaryMessages = {
  nameTaken: (name: string) => `“${name}”已在字典中`,
  builtIn: '内置字典项不能删除，可以停用',
  inUse: (n: number) => `仍有 ${n} 条记录使用该字典项，不能删除，可以停用`,
  notFound: '字典项不存在',
}

export const organizationAuditText = {
  created: (name: string) => `新建组织 ${name}`,
  updated: (name: string) => `修改组织 ${name}`,
  deleted: (name: string, members: number) => `删除组织 ${name}（同时移除 ${members} 条任职记录）`,
  membersAdded: (org: string, added: number, skipped: number) =>
    `向 ${org} 添加成员 ${added} 人${skipped ? `，已是成员未重复添加 ${skipped} 人` : ''}`,
  membershipUpdated: (org: string, person: string) => `修改 ${person} 在 ${org} 的任职`,
  membershipRemoved: (org: string, person: string) => `移除 ${person} 在 ${org} 的任职记录`,
  postSaved: (code: string, name: string) => `职务字典 ${code} ${name}`,
  postDeleted: (code: string, name: string) => `删除职务字典项 ${code} ${name}`,
}

export const organizationAuditActions: Record<string, string> = {
  'organizations.create': '新建组织',
  'organizations.update': '修改组织',
  'organizations.delete': '删除组织',
  'organizations.savePost': '修改职务字典',
  'organizations.deletePost': '删除职务字典项',
  'memberships.add': '添加组织成员',
  'memberships.update': '修改任职',
  'memberships.remove': '移除任职',
}

export const organizationFieldLabels: Record<string, string> = {
  parentId: '上级组织',
  kind: '组织类型',
  shortName: '简称',
  level: '层级',
  foundedOn: '成立日期',
  sessionNo: '届次',
  registration: '登记状态',
  annualReview: '年检情况',
  serviceField: '服务领域',
  leaderPersonId: '负责人',
  leaderName: '负责人',
  hostType: '依托类型',
  hostOrg: '依托单位',
  namedOn: '命名日期',
  batch: '批次',
  peopleCovered: '覆盖人数',
  exclusive: '不允许交叉任职',
  organizationId: '组织',
  personIds: '人员',
  personId: '人员',
  post: '职务',
  term: '届次',
  startDate: '开始日期',
  endDate: '结束日期',
}

export const organizations = {
  kinds: orgKindNames,
  levels: orgLevelNames,
  registrations: orgRegistrationNames,
  hostTypes: baseHostTypeNames,
  messages: organizationMessages,
  auditActions: organizationAuditActions,
  fieldLabels: organizationFieldLabels,
}
