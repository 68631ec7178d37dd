/** Text of the downward package (下发) in the core and the CLI: refusals, warnings, audit lines. */

export const downwardText = {
  appTooOld: (required: string, ours: string) =>
    `这个下发数据包要求新联台账 ${required} 或更高版本，本机是 ${ours}。请先升级新联台账，再导入这个数据包`,
  noLowerUnit: '请先在“设置 → 上下级单位”中登记下级单位并导入它的密钥卡',
  taskPeriodTaken: (period: string) => `已有报送期间为“${period}”的报送任务`,
  taskNotFound: '找不到这个报送任务，可能已被删除',
  badDeadline: '截止日期不是有效的日期',
  taskLabel: '报送任务',
  missingInclude: (period: string, what: string) =>
    `${period}的报送任务要求包含${what}，本期数据包中还没有`,
  dictionaryConflict: (kind: string, code: string, ours: string, theirs: string) =>
    `本单位已有代码为 ${code} 的${kind}“${ours}”，未采用上级下发的“${theirs}”`,
  templateNameTaken: (name: string) =>
    `本单位已有名为“${name}”的报表模板，未采用上级下发的同名模板`,
  ownKeyRevoked: (date: string) =>
    `上级单位已于 ${date} 吊销本单位的签名密钥：请在“设置 → 上下级单位”中更换密钥，并把新的密钥卡交给上级`,
  dictionaryKinds: { activity_type: '活动类型', category_detail: '细分领域' } as Record<
    string,
    string
  >,
  audit: {
    exported: (file: string, to: string, encrypted: boolean) =>
      `生成下发数据包 ${file} → ${to}（${encrypted ? '已加密' : '未加密'}）`,
    imported: (from: string, file: string) => `导入 ${from} 的下发数据包 ${file}`,
    previewed: (file: string) => `预览下发数据包 ${file}`,
    again: (file: string) => `重复导入下发数据包 ${file}`,
    refused: (file: string, reason: string) => `拒收下发数据包 ${file}：${reason}`,
    taskSaved: (period: string, deadline: string) => `保存报送任务 ${period}（截止 ${deadline}）`,
    taskDeleted: (period: string) => `删除报送任务 ${period}`,
  },
  fileName: (code: string, name: string, date: string) => `${code}_${name}_下发_${date}.xlpkg`,
}
