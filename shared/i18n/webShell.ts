/** What the local web shell and its browser transport say. */
export const webShell = {
  forbidden: '拒绝访问',
  wrongOrigin: '拒绝访问：请求不是来自本程序的页面',
  jsonOnly: '只接受 application/json 格式的请求',
  postOnly: '请使用 POST',
  notSupported: '不支持的请求',
  notFound: '未找到',
  serverError: '服务器内部错误',
  tooLarge: '提交的内容过大',
  notJson: '提交的内容不是有效的 JSON',
  noPageSession: '页面凭据无效或已过期，请刷新页面后重新登录',
  setupNeedsLaunch:
    '首次设置只能在启动时显示的地址打开的页面中进行。请关闭本页，重新启动新联台账并打开新显示的地址。',
  credentialLost: '页面凭据已失效，请刷新页面后重新登录',
  unreachable: '无法连接到新联台账服务，请确认程序仍在运行',
} as const
