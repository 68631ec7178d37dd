/** Where the printed documents are offered, and the offer to clear demo data. */
export const paper = {
  buttons: {
    personForm: '打印登记表',
    ledger: (year: number) => `打印${year}年活动台账`,
    roster: '打印花名册',
    rosterHint: '按当前筛选条件打印花名册',
  },
  demoOffer: {
    title: '现在清除演示数据吗？',
    content: (demo: number) =>
      `您刚登记了第一位真实人员，名册中还有 ${demo} 名演示人员。演示人员是虚构的，若不清除，` +
      '会出现在花名册、签到表和导出文件中（页面标有“演示数据”）。清除只删除演示人员，真实人员不受影响。',
    ok: '清除演示数据',
    cancel: '暂不清除',
    cleared: (n: number) => `已清除 ${n} 名演示人员`,
  },
}
