/** Text of the desktop shell and of `npm start`: dialogs, notices, console lines. */
export const desktop = {
  openFailedTitle: '新联台账无法启动',
  startFailed: (reason: string) => `新联台账启动失败：${reason}`,
  externalLinkTitle: '打开外部网址',
  externalLinkMessage: '即将在系统浏览器中打开本程序以外的网址，是否继续？',
  externalLinkOpen: '打开',
  externalLinkCancel: '取消',
  forbiddenSender: '拒绝访问：请求不是来自新联台账自身的页面',
  badMethod: '请求格式不正确',
  runtimeMissing: '未安装桌面运行环境（Electron），正在启动本机浏览器版…',
  building: '正在构建程序界面，请稍候…',
  buildFailed: '程序构建失败，详情见上方输出。',
  webShellReady: (url: string) => `新联台账（本机浏览器版）已启动，请在浏览器中打开：${url}`,
  webShellDataDir: (dir: string) => `数据目录：${dir}`,
  webShellStopHint: '按 Ctrl+C 退出。',
  webShellStopped: '新联台账已退出，数据已保存。',
  badPort: (value: string) => `端口“${value}”无效，请填写 1–65535 之间的数字`,
}
