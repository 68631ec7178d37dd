/**
 * Text of the upward exchange: unit keys and cards, packages, receipts. A refusal is one
 * sentence that says what is wrong and, where there is one, what to do.
 */

const unitLabel = (code: string, name: string) => `${code} ${name}`

export const packageRefusals = {
  damaged: '数据包已损坏或被篡改，未导入任何数据；请对方重新生成并发送',
  notPackage: '这不是新联台账的数据包（.xlpkg）文件',
  tooLarge: (mb: number) => `数据包超过 ${mb} MB，不能导入`,
  unsafeName: (name: string) =>
    `数据包中含有不允许的文件名“${name.slice(0, 60)}”，已拒收，未导入任何数据`,
  duplicateName: (name: string) =>
    `数据包中有两个同名的文件“${name.slice(0, 60)}”，已拒收，未导入任何数据`,
  zipBomb: '数据包解压后超出大小限制（疑似压缩炸弹），已拒收，未导入任何数据',
  unknownSender: (code: string, name: string) =>
    `来源未登记：${unitLabel(code, name)}。请先在“设置 → 单位”中导入并核验该单位的密钥卡`,
  unknownKey: (code: string, name: string) =>
    `来源未登记：${unitLabel(code, name)} 的签名密钥与登记的密钥卡不符。请向对方核实，必要时重新登记密钥卡`,
  revokedKey: (code: string, name: string, date: string) =>
    `${unitLabel(code, name)} 的签名密钥已于 ${date} 吊销，此后签名的数据包不予接收`,
  notForUs: (code: string) => `这个数据包是发给 ${code} 的，不是发给本单位的`,
  cannotDecrypt:
    '无法解密：这个数据包是用本单位的另一把密钥加密的（可能已更换密钥）。请对方用最新的密钥卡重新生成',
  noOwnKey: '本单位还没有密钥，无法解密数据包',
  newerSchema: (version: string) =>
    `这个数据包由更新版本的新联台账生成，请升级到 ${version} 或更高版本后再导入`,
  newerFormat: (version: string) => `数据包格式较新，请升级到 ${version} 或更高版本后再导入`,
  alreadyImported: (date: string, user: string) => `已于 ${date} 由 ${user} 导入，未作任何更改`,
  sameIdDifferent:
    '已导入过编号相同但内容不同的数据包，这个数据包可能被篡改，已拒收；请对方重新生成',
  gap: (sender: string, from: number, applied: number) =>
    `数据不连续：${sender} 的变更记录第 ${applied + 1}–${from} 条尚未收到，已拒收。请对方发送全量数据包`,
  ownPackage: '这是本单位自己生成的数据包，不能导入',
  senderNotBelow: (code: string) => `${code} 不是本单位的下级单位，不能导入它的数据包`,
  senderNotAbove: (code: string) => `${code} 不是本单位的上级单位，不能导入它下发的数据包`,
  isDownward: '这是上级下发的数据包，请在“上报 → 下发”中导入',
  notDownward: '这不是下发数据包：下级报送的数据包请在“上报 → 导入下级数据包”中导入',
}

export const packageRowText = {
  older: (code: string) => `${code} 已有更新的版本，此行未采用`,
  conflict: '与接收方已有的数据冲突（编号或名称重复），此行未导入',
  invalid: '内容不符合数据格式，此行未导入',
  notSenders: '此行不属于发送单位，未导入',
  duplicateId: (code: string, name: string) =>
    `身份证号与 ${unitLabel(code, name)} 登记的人员相同（跨单位重复人员）`,
}

export const packageValidation = {
  nameMissing: '姓名为空',
  idInvalid: '身份证号校验不通过',
  idMissing: '没有身份证号',
  explanationNeeded: '数据包有警告，请写一句说明再生成',
  hasErrors: (n: number) => `有 ${n} 处错误，请改正后再生成数据包`,
}

export const unitKeyText = {
  badCard: '这不是有效的单位密钥卡文件，或文件已损坏',
  unreadableCard: '（无法读取的文件）',
  badCardSignature: '密钥卡的签名不正确，文件可能被篡改',
  ownCard: '这是本单位自己的密钥卡，不需要登记',
  notRelated: (code: string, self: string) =>
    `${code} 既不是 ${self} 的上级单位，也不是它的下级单位，不能登记`,
  fingerprintMismatch: '输入的指纹与密钥卡不一致，未登记。请与对方核对密钥登记表上的 12 组数字',
  replaceNeedsConfirmation: (code: string, name: string) =>
    `${unitLabel(code, name)} 已登记过另一把密钥，这张密钥卡不是由它签发的（不是正常的更换密钥）。如果对方丢失了密钥需要重新登记，请确认替换并输入对方密钥登记表上的指纹`,
  replaceNeedsFingerprint: '替换已登记的密钥卡必须输入对方密钥登记表上的指纹',
  unitNotFound: '没有找到这个单位',
  keyNotFound: '没有找到这把密钥',
  codeTaken: (code: string) => `行政区划代码 ${code} 已登记为另一个单位`,
  verified: '已核验',
  unverified: '未核验',
  unverifiedWarning: (code: string, name: string) =>
    `${unitLabel(code, name)} 的密钥卡未核验指纹，数据来源无法确认`,
}

export const ownership = {
  notOwned: (what: string, code: string, name: string) =>
    `该${what}由 ${unitLabel(code, name)} 登记，本单位只能查看，不能修改`,
  notOwnedUnknown: (what: string) => `该${what}由其他单位登记，本单位只能查看，不能修改`,
  /** A dictionary entry the upper unit sent down (下发), or one a unit below extended. */
  issuedEntry: (unit: string) => `该字典项由 ${unit} 设定，本单位只能使用，不能修改或删除`,
  things: {
    persons: '人员',
    organizations: '组织',
    memberships: '组织成员',
    activities: '活动',
    participants: '参加人员',
    suggestions: '建言',
  } as Record<string, string>,
  unknownUnit: '其他单位',
}

export const packageStatusText = {
  generated: '已生成',
  received: '已接收',
  receivedWithWarnings: '已接收（有警告）',
  returned: '已退回',
  refused: '已拒收',
  reviewed: '已审核',
} as const

export const packageKindText = { full: '全量', incremental: '增量' } as const

export const receiptText = {
  badReceipt: '这不是有效的回执文件（.xlrct），或文件已损坏',
  unknownPackage: '这张回执对应的数据包不是本单位发出的',
  badSignature: '回执的签名不正确，或签发单位的密钥未登记',
  notFromReceiver: '回执不是由数据包的接收单位签发的',
}
