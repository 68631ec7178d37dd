export const dashboard = {
  welcome: (name: string) => `${name}，您好`,
  unitLine: (unit: string, level: string, role: string) => `${unit}（${level}）· ${role}`,
}

/** 工作台: figures at a glance, what comes next and what to fix. */
export const dashboardUi = {
  loadFailed: '工作台数据读取失败',
  figuresTitle: (year: number) => `${year} 年概况`,
  figures: {
    total: '在册人数',
    added: '今年新增',
    representatives: '代表人士',
    activities: '今年活动场次',
    attendance: '参加活动人次',
    trainings: '培训班次',
    trainingAttendance: '培训人次',
    suggestionsAdopted: '建言被采用',
  },
  netChange: (n: number) => `今年净增 ${n > 0 ? '+' : ''}${n}`,
  vsLastYear: (n: number) => `去年同期 ${n}`,
  notInUse: '建言献策模块尚未启用',
  openList: '点击查看名单',
  upcomingTitle: '近期活动',
  noUpcoming: '没有已安排的活动',
  importsTitle: '最近导入',
  noImports: '还没有导入过名册',
  importLine: (created: number, updated: number) => `新增 ${created} 人，更新 ${updated} 人`,
  rolledBack: '已撤销',
  qualityTitle: '数据质量提醒',
  quality: {
    noCategory: '未填类别的人员',
    badIdNumber: '身份证号校验位错误',
    stale: '两年未更新的记录',
  },
  qualityNone: '没有需要处理的问题',
  recordedBetween: (from: string, to: string) => `建档 ${from} 至 ${to}`,
}
