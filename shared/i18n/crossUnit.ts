/** 跨单位重复人员: the page at an upper unit, its CLI lines and audit details. */
export const crossUnit = {
  title: '跨单位重复人员',
  intro:
    '同一身份证号在两个或多个单位都有在册记录。请逐对核实：人员调动的标为“迁移”，确属不同人员的标为“确认不同”。标记随数据包上报。',
  states: { open: '待处理', marked: '已处理', all: '全部' },
  columns: {
    idNumber: '身份证号',
    a: '记录一',
    b: '记录二',
    mark: '处理结果',
    actions: '操作',
  },
  lastTouched: '最近修改',
  ownedHere: '本单位',
  verdicts: { moved: '迁移', distinct: '确认不同' } as Record<string, string>,
  markBy: (unit: string, at: string) => `${unit} 于 ${at} 标记`,
  markMoved: '标为迁移',
  markDistinct: '确认不同',
  clearMark: '撤销标记',
  clearConfirm: '撤销这一对的标记？撤销后会重新列入待处理。',
  notePlaceholder: '说明（选填），如：2026年6月调往某区',
  saved: '已保存标记',
  cleared: '已撤销标记',
  empty: '没有跨单位重复的人员',
  emptyOpen: '没有待处理的重复人员',
  summary: (open: number, marked: number) => `待处理 ${open} 对，已处理 ${marked} 对`,
  notDuplicate: '这两条记录不是不同单位同一身份证号的在册人员，无法标记',
  audit: (verdict: string | null, a: string, b: string) =>
    verdict ? `跨单位重复标为${verdict}：${a} / ${b}` : `撤销跨单位重复标记：${a} / ${b}`,
}
