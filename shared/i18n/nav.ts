export const nav = {
  dashboard: '工作台',
  persons: '人员',
  organizations: '组织',
  activities: '活动',
  suggestions: '建言',
  statistics: '统计',
  reports: '上报',
  settings: '设置',
  comingSoon: '此功能正在建设中',
  comingSoonDetail: (name: string) =>
    `“${name}”模块将在后续版本中提供。目前这里没有任何数据，也不会显示示例数据。`,
  lockNow: '锁定',
  lockNowHint: '离开座位时锁定屏幕，回来后输入密码继续',
  mainMenu: '主菜单',
  logout: '退出登录',
  changePassword: '修改密码',
  signedInAs: (name: string, role: string) => `${name}（${role}）`,
}
