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
  failedWhileLocked: (maskedUsername: string, at: string) =>
    `数据库尚未打开时登录失败（${at}）：${maskedUsername}`,
  cliNeedsUser:
    '数据库已加密，必须登录才能读取：请用 --user 指定账号，并在环境变量 XINLIAN_PASSWORD 中提供密码',
  cannotOpenWithoutSecret:
    '数据已加密：没有任何一位用户的密码，也没有恢复密钥，数据将无法打开。本程序不会删除任何文件；找到密码或恢复密钥后可再次打开。',
  recoveryKeyWrong: '恢复密钥不正确，请核对打印的恢复密钥页（字母 O 与数字 0 视为相同）',
  recoveryKeyMissingEnv: '请在环境变量 XINLIAN_RECOVERY_KEY 中提供恢复密钥',
  recoveryNoSuchUser: (username: string) => `用户“${username}”不存在`,
  recoveryPasswordReset: (username: string) =>
    `已用恢复密钥为用户“${username}”设置新密码；首次登录后须修改密码`,
}
