/** Screens of 下发: the 上报 → 下发 tab, the 工作台 deadline card, the export wizard's hint. */

const includeNames: Record<string, string> = {
  persons: '人员',
  organizations: '组织',
  activities: '活动',
  suggestions: '建言献策',
}

export const downwardUi = {
  tab: '下发',
  taskHint: (period: string, deadline: string) =>
    `上级报送任务：${period}，截止 ${deadline}（已按此期间填好，可改）`,
  includeNames,
  tasks: {
    title: '报送任务',
    receivedTitle: '上级下发的报送任务',
    ownTitle: '本单位给下级的报送任务',
    empty: '还没有报送任务',
    period: '报送期间',
    deadline: '截止日期',
    includes: '须含内容',
    note: '说明',
    issuer: '下发单位',
    state: '状态',
    daysLeft: '剩余',
    states: { open: '未报送', sent: '已生成数据包，待上级回执', done: '上级已接收' } as Record<
      string,
      string
    >,
    add: '新增报送任务',
    save: '保存',
    remove: '删除',
    removeConfirm: (period: string) => `删除报送任务“${period}”？下次下发时下级也会删除它。`,
    saved: '报送任务已保存',
    periodPlaceholder: '如 2026年度',
    notePlaceholder: '如：含全年活动和建言献策',
  },
  days: (n: number) => (n > 0 ? `还剩 ${n} 天` : n === 0 ? '今天截止' : `已逾期 ${-n} 天`),
  export: {
    title: '生成下发数据包',
    hint: '把本单位的活动类型和细分领域、报送任务、建言献策计分规则、自建的报表模板和已吊销的密钥签名打包，交给下级单位导入。',
    receiver: '接收的下级单位',
    minVersion: '下级须使用的最低版本（可不填）',
    minVersionPlaceholder: '如 0.4 或 0.4.2',
    minVersionInvalid: '请填写如 0.4 或 0.4.2 的版本号',
    submit: '生成并保存',
    done: (file: string) => `已生成下发数据包：${file}`,
    noLower: '还没有登记下级单位：请先在“设置 → 上下级单位”中导入下级单位的密钥卡。',
  },
  import: {
    title: '导入上级下发数据包',
    dragTitle: '点击或拖入上级单位发来的下发数据包（.xlpkg）',
    dragHint: '先核对签名和来源并预览，确认后才写入',
    reading: (name: string) => `正在核对 ${name}…`,
    wrongType: (name: string) => `“${name}”不是下发数据包（.xlpkg）`,
    refused: '未导入',
    previewTitle: (code: string, name: string) => `来自 ${code} ${name} 的下发数据包`,
    minVersion: (v: string) => `要求新联台账 ${v} 或更高版本`,
    apply: '导入',
    cancel: '取消',
    confirmTitle: '导入下发数据包？',
    confirmBody: (code: string, name: string) =>
      `将采用 ${code} ${name} 下发的字典、报送任务、计分规则、报表模板和密钥吊销，整体写入，不能部分撤销。`,
    applied: '已导入下发数据包',
    already: '这个下发数据包已经导入过',
    warnings: '注意',
    another: '导入另一个',
  },
  parts: {
    dictionaries: '字典条目',
    reporting_tasks: '报送任务',
    score_rules: '计分规则',
    report_templates: '报表模板',
    key_revocations: '密钥吊销',
  } as Record<string, string>,
  partCount: (applied: number, skipped: number) =>
    `采用 ${applied}${skipped ? `，未采用 ${skipped}` : ''}`,
  dashboard: {
    title: '下一个报送截止',
    allDone: '上级下发的报送任务都已报送并被接收',
    line: (period: string, issuer: string) => `${issuer} · ${period}`,
    deadline: (d: string) => `截止 ${d}`,
    open: '去生成数据包',
  },
}
