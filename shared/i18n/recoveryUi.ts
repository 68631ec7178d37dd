import type { EncryptStage } from '../contract/backups'

/** The recovery key on screen and on paper: setup, 设置 → 安全, 忘记密码 on the login screen. */
export const recoveryUi = {
  /** The first sign-in after the upgrade moves the database to an encrypted one. */
  encrypting: {
    title: '正在加密数据库（升级后首次登录，只需一次）',
    backupFirst: '加密前先备份数据库',
    note: '数据较多时需要几十秒，请勿关闭程序。完成后自动进入。',
    stages: {
      copy: '复制数据库',
      encrypt: '加密副本',
      check: '校验加密副本（完整性与行数）',
      swap: '替换原数据库并清除明文',
    } satisfies Record<EncryptStage, string>,
    stageLine: (stage: string) => `${stage}…`,
  },
  setupWarning:
    '本软件的数据将加密保存在这台电脑上。请记住管理员密码；设置完成后还会给出一份“恢复密钥”。密码和恢复密钥都丢失时，数据将无法恢复，任何人都无法打开。',
  keyTitle: '请保存恢复密钥',
  keyIntro:
    '这是本单位数据的恢复密钥，只显示这一次。请立即打印（或工整抄写），交单位负责人与公章一起锁在柜中，不要存放在这台电脑上，也不要拍照发送。',
  keyUse: '忘记全部密码时，在登录页点“忘记密码”，输入恢复密钥即可为管理员设置新密码。',
  keyLoss: '密码和恢复密钥都丢失时，数据将无法恢复。',
  keyLabel: '恢复密钥',
  print: '打印恢复密钥页',
  confirmLabel: (n: number) => `请输入恢复密钥的第 ${n} 组（最后一组）字符，确认已经保存`,
  confirmMismatch: '与恢复密钥的最后一组不一致，请核对',
  continue: '我已保存，继续',
  settingsTitle: '恢复密钥',
  settingsHelp:
    '恢复密钥在首次设置时打印并封存。若它遗失或可能被他人看到，请重新生成：旧的恢复密钥立即作废，新的只显示一次，请打印后替换柜中的旧页。',
  regenerate: '重新生成恢复密钥',
  regenerateConfirm: '重新生成恢复密钥？',
  regenerateConfirmText: '旧的恢复密钥将立即作废，不能再用来打开数据。新的恢复密钥只显示一次。',
  regenerated: '新的恢复密钥已保存，旧的已作废',
  lockedNotice: '数据已加密保存，请登录后打开。',
  forgot: '忘记密码？',
  recoverTitle: '用恢复密钥重设密码',
  recoverIntro:
    '输入首次设置时打印的恢复密钥，为一个账号（通常是管理员）设置新密码，账号锁定一并解除。',
  recoverKeyPlaceholder: '如 7K2M-…，大小写、空格和横线均可',
  recoverUsername: '用户名',
  recoverSubmit: '重设密码',
  recoverDone: '密码已重设，请用新密码登录',
  recoverNoSecret:
    '没有任何一位用户的密码、也没有正确的恢复密钥，数据就无法打开，任何人（包括技术支持）都无法解开。本程序不会删除任何文件：找到密码或恢复密钥后，数据仍可打开。',
  backToLogin: '返回登录',
  sheet: {
    title: '新联台账数据恢复密钥',
    unit: '单位',
    date: '生成日期',
    key: '恢复密钥',
    keep: '保管要求',
    keepText:
      '本页交单位负责人，与公章一起锁在柜中。不要存放在装有本软件的电脑上，不要拍照、复印或通过网络发送。重新生成恢复密钥后，本页作废，应销毁。',
    use: '使用方法',
    useText:
      '忘记全部密码时，在登录页点“忘记密码”，输入上面的恢复密钥，为管理员设置新密码；命令行可用 xinlian recovery reset-password。',
    loss: '密码和恢复密钥都丢失时，数据将无法恢复。',
    keeper: '保管人签字',
  },
}
