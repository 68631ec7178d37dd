/** What the command line says when it prints a PDF through an installed browser. */
export const headlessPdfText = {
  noBrowser: (envName: string) =>
    `找不到可用来生成 PDF 的浏览器。请安装 Microsoft Edge、Google Chrome 或 Chromium，或用环境变量 ${envName} 指定浏览器程序的完整路径；也可以改用 --out 文件名.xlsx 另存为 Excel。`,
  envNotFound: (envName: string, path: string) =>
    `环境变量 ${envName} 指定的浏览器“${path}”不存在，请检查路径`,
  failed: (browser: string, detail: string) => `用浏览器“${browser}”生成 PDF 失败：${detail}`,
  timedOut: (browser: string, seconds: number) =>
    `浏览器“${browser}”在 ${seconds} 秒内没有生成 PDF，已停止`,
  noOutput: '浏览器已退出，但没有写出 PDF 文件',
}
