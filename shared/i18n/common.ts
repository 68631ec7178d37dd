export const common = {
  appName: '新联台账',
  appSubtitle: '新的社会阶层人士工作台账',
  /** The two characters in the seal-like mark beside the app name. */
  brandMark: '新联',
  ok: '确定',
  cancel: '取消',
  save: '保存',
  saved: '已保存',
  /** A form refused on saving: how many fields to mend, the first one in view. */
  fixErrors: (n: number) => `有 ${n} 处需要修改，请查看标红的项目`,
  edit: '编辑',
  create: '新建',
  close: '关闭',
  refresh: '刷新',
  search: '查询',
  reset: '重置',
  loading: '正在加载…',
  yes: '是',
  no: '否',
  actions: '操作',
  total: (n: number) => `共 ${n} 条`,
  notClassified: '本软件不得用于处理涉密信息。',
  retry: '重试',
  none: '—',
  /** The unit picker of a list at a city or province. */
  unitFilter: { label: '单位', all: '本单位及下级' },
  /** The column naming whose row it is, in a list at a city or province. */
  unitColumn: '所属单位',
  statusLoadFailed: '无法读取新联台账的运行状态',
  notFound: '没有这个页面',
  notFoundDetail: '地址可能有误，或此功能已调整。',
  backToDashboard: '返回工作台',
  version: (v: string) => `版本 ${v}`,
  fileSize: (bytes: number) => {
    if (bytes < 1024) return `${bytes} 字节`
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
    if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
    return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`
  },
  roles: { admin: '管理员', operator: '录入员', viewer: '查看员' } as Record<string, string>,
  unitLevels: { province: '省级', city: '市级', county: '县级' } as Record<string, string>,
  shells: { electron: '桌面版', web: '本机浏览器版', cli: '命令行', test: '测试' } as Record<
    string,
    string
  >,
}
