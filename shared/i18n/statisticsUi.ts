/** 统计: the page's tabs, the period picker and the charts of 概览. */
export const statisticsUi = {
  tabs: { overview: '概览', reports: '年度报表' },
  period: {
    label: '统计期间',
    kinds: { year: '年度', quarter: '季度', custom: '自定义' },
    year: (y: number) => `${y}年`,
    quarter: (q: number) => `第${['一', '二', '三', '四'][q - 1]}季度`,
    rangeStart: '开始日期',
    rangeEnd: '结束日期',
    line: (from: string, to: string) => `统计期间：${from} 至 ${to}`,
    snapshotNote: '人员构成按统计期末（或今天，取较早者）的在册情况计算',
  },
  scope: {
    label: '统计范围',
    all: '本单位及下级（全部）',
  },
  loadFailed: '统计数据读取失败',
  view: { chart: '图表', table: '表格' },
  viewLabel: (title: string) => `${title}：图表或表格`,
  save: '保存图片',
  savePng: 'PNG 图片',
  saveSvg: 'SVG 矢量图',
  definitionLabel: (title: string) => `${title}的口径`,
  clickHint: '点击图中的柱形可打开对应名单',
  fileName: (title: string, period: string, ext: string) => `${title}-${period}.${ext}`,
  columns: {
    item: '项目',
    count: '人数',
    share: '占比',
    month: '月份',
    thisPeriod: '本期',
    lastYear: '去年同期',
    change: '同比增减',
    band: '年龄段',
    male: '男',
    female: '女',
    other: '未填性别',
    total: '合计',
    stage: '环节',
    items: '件数',
    rate: '占报送比例',
  },
  charts: {
    categories: {
      title: '类别构成',
      definition:
        '在册人员按大类和子类统计。一人属于多个子类时在每个子类各计一次，在所属大类只计一次，故各类之和可能大于在册人数。',
      group: '大类',
      category: '子类',
      note: (total: number) =>
        `在册 ${total} 人。深色、粗体为大类，浅色为其下子类；一人多类时各类分别计数，合计可能大于在册人数`,
    },
    townships: {
      title: '乡镇（街道）分布',
      definition: '在册人员按所在乡镇（街道）统计，每人只计一次；未填乡镇的单列。',
      unfilled: '未填乡镇',
    },
    pyramid: {
      title: '年龄结构（按性别）',
      definition:
        '在册人员按年龄段和性别统计；年龄按统计期末（或今天，取较早者）的周岁计算，出生日期不详的计入“年龄不详”。',
    },
    months: {
      title: '各月活动场次（与去年同期对比）',
      definition:
        '已举办活动按开始日期所在月份统计场次和参加人次；人次取实到人数，未填实到人数时按签到为“出席”的人数计。',
      count: '活动场次',
      attendance: '参加人次',
      lastCount: '去年同期场次',
      monthLabel: (month: string) => `${Number(month.slice(5, 7))}月`,
      monthLong: (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
    },
    funnel: {
      title: '建言献策采用情况',
      definition:
        '本期报送的建言（按报送日期）中，被采用的件数（任一级别采用）和获领导批示的件数。',
      stages: { submitted: '报送', adopted: '被采用', instructed: '获批示' },
      notInUse: '建言献策模块尚未启用，暂无数据',
    },
  },
  empty: '本期没有数据',
}
