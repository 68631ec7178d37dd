/** Messages about the encrypted database, its key file and the recovery key. */
export const dataAtRestText = {
  keysMissing: (dir: string) =>
    `数据目录“${dir}”中的数据库已加密，但缺少密钥文件 xinlian.keys，无法打开。请把与数据库一同保存的 xinlian.keys 放回该目录；如已丢失，只能从带密钥的备份恢复。数据库文件未被改动。`,
  keysDamaged: (dir: string) =>
    `数据目录“${dir}”中的密钥文件 xinlian.keys 已损坏或被改动，已拒绝使用。请从备份中取回原来的 xinlian.keys；数据库文件未被改动。`,
  databaseMissing: (dir: string) =>
    `数据目录“${dir}”中有密钥文件 xinlian.keys，但没有数据库文件 xinlian.db。请把数据库文件放回该目录，或从备份恢复。`,
  keyDoesNotFit: (dir: string) =>
    `密钥文件 xinlian.keys 与数据目录“${dir}”中的数据库不匹配（可能来自另一台电脑或另一份数据），无法打开。两个文件都未被改动。`,
  failedWhileLocked: (maskedUsername: string, count: number, lastAt: string) =>
    `数据库尚未打开时密码错误 ${count} 次（最近一次 ${lastAt}）：${maskedUsername}`,
  encryptDiskFull:
    '数据库加密未能完成：磁盘空间不足（加密时需要再有约与数据库同样大小的可用空间）。数据库保持原样、尚未加密；请腾出磁盘空间后重新登录。',
  encryptFailed: (reason: string) =>
    `数据库加密未能完成（${reason}）。数据库保持原样、尚未加密；请重新登录再试，如仍失败请联系技术支持。`,
  cliNeedsUser:
    '数据库已加密，必须登录才能读取：请用 --user 指定账号，并在环境变量 XINLIAN_PASSWORD 中提供密码',
  cannotOpenWithoutSecret:
    '数据已加密：没有任何一位用户的密码，也没有恢复密钥，数据将无法打开。本程序不会删除任何文件；找到密码或恢复密钥后可再次打开。',
  recoveryKeyWrong: '恢复密钥不正确，请核对打印的恢复密钥页（字母 O 与数字 0 视为相同）',
  recoveryKeyMissingEnv: '请在环境变量 XINLIAN_RECOVERY_KEY 中提供恢复密钥',
  recoveryNoSuchUser: (username: string) => `用户“${username}”不存在`,
  recoveryPasswordReset: (username: string) =>
    `已用恢复密钥为用户“${username}”设置新密码（XINLIAN_PASSWORD 中的密码），账号锁定已解除；登录后须立即修改密码`,
  recoveryActor: '恢复密钥',
  plainHasNoRecoveryKey:
    '这份数据库尚未加密，没有恢复密钥。请先用管理员账号登录一次，数据库会随之加密。',
  recoveryKeyReplaced: '已生成新的恢复密钥，旧的恢复密钥作废',
  recoveryUserDisabled: (username: string) => `用户“${username}”已停用，不能用恢复密钥重设密码`,
  recoveryKeyLines: (key: string) => [
    `恢复密钥（只显示这一次）：${key}`,
    '请抄写或打印后交单位负责人，与公章一起锁在柜中，不要存放在这台电脑上。忘记全部密码时，只有它能打开数据（xinlian recovery reset-password）；密码和恢复密钥都丢失，数据将无法打开。',
  ],
}

/** `xinlian recovery …`: help texts, spread into the CLI catalogue. */
export const dataAtRestCliText = {
  'recovery reset-password': {
    summary: '忘记了全部密码时，用恢复密钥为某个用户重设密码',
    description:
      '用首次设置时打印的恢复密钥（环境变量 XINLIAN_RECOVERY_KEY）打开加密的数据库，把 --user 的密码重设为 XINLIAN_PASSWORD 中的密码，并解除锁定；该用户登录后须立即修改密码。操作记入审计日志。没有任何密码、也没有恢复密钥时，数据无法打开，本命令不会删除任何文件。',
    examples: [
      'XINLIAN_RECOVERY_KEY=… XINLIAN_PASSWORD=… xinlian recovery reset-password --data-dir D:\\新联台账 --user admin',
    ],
  },
}
