import type { ErrorCode } from '../contract/result'

/** The Chinese message for every error code a procedure can answer. */
export const errorMessages: Record<ErrorCode, string> = {
  BAD_INPUT: '填写的内容有误',
  UNKNOWN_METHOD: '不支持的操作',
  NOT_SIGNED_IN: '请先登录',
  LOCKED: '屏幕已锁定，请输入密码解锁',
  FORBIDDEN: '当前账号没有此操作的权限',
  NOT_FOUND: '要操作的记录不存在或已被删除',
  CONFLICT: '记录已存在',
  BAD_CREDENTIALS: '用户名或密码不正确',
  TOO_MANY_ATTEMPTS: '密码错误次数过多，请稍后再试',
  ACCOUNT_LOCKED: '账号已被锁定，请联系管理员解锁',
  ALREADY_INITIALIZED: '本机已完成初始化设置',
  NOT_INITIALIZED: '本机尚未完成初始化设置',
  IO_ERROR: '读写文件失败',
  UNSUPPORTED: '当前运行方式不支持此操作',
  CANCELLED: '已取消，没有写入任何数据',
  INTERNAL: '程序内部错误，请重试；如仍出错请联系技术支持',
}

export const errorText = {
  retryAfterSeconds: (s: number) => `密码错误次数过多，请 ${s} 秒后再试`,
  attemptsLeft: (n: number) => `用户名或密码不正确（再错 ${n} 次账号将被锁定）`,
  usernameTaken: (name: string) => `用户名“${name}”已被使用`,
  lastAdmin: '不能停用或降级最后一个管理员',
  selfDisable: '不能停用自己的账号',
  wrongCurrentPassword: '当前密码不正确',
  accountDisabled: '账号已停用，请联系管理员',
  networkShare: (path: string) =>
    `数据目录“${path}”位于网络共享盘上。为防止数据损坏，新联台账只能使用本机磁盘，请改用本机目录。`,
  newerDatabase: (path: string) =>
    `数据库“${path}”由更新版本的新联台账创建，当前版本无法打开。请升级新联台账后再打开，数据未被改动。`,
  migrationFailed: (name: string, reason: string) =>
    `数据库升级（${name}）失败，已全部撤销，数据保持原样：${reason}`,
  notADatabase: (path: string) => `“${path}”不是新联台账的数据库文件，或文件已损坏。`,
  backupIntegrity: (detail: string) => `备份文件校验失败，未保存：${detail}`,
  /** Every page carries a check code; the app reads without it, the backup refuses a bad one. */
  backupPageChanged: (page: number) =>
    `数据库文件第 ${page} 页已被改动或损坏（校验码不符），本次未生成备份。此前的备份不受影响，可在“设置 → 备份”中从备份恢复。`,
  backupFailed: (detail: string) => `备份未完成，未生成备份文件：${detail}`,
  diskFull: '磁盘空间不足，操作未完成，数据保持原样',
  passwordRequiredEnv: '请通过环境变量 XINLIAN_PASSWORD 提供密码（不要写在命令行参数中）',
  userRequired: '此命令会修改数据或显示个人信息，请用 --user 指定操作人',
  dataDirRequired: '请用 --data-dir 或环境变量 XINLIAN_DATA_DIR 指定数据目录',
} as const
