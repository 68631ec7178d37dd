/** Refusals of the one file writer: every file the app writes goes through it. */

export const fileText = {
  exists: (path: string) => `文件“${path}”已存在，未覆盖。请换一个文件名，或先移走原文件。`,
  symlink: (path: string) =>
    `“${path}”是一个链接（快捷方式），为防止写到别处，不会写入。请换一个文件名。`,
  notAFile: (path: string) => `“${path}”不是普通文件（可能是文件夹），未写入。请换一个文件名。`,
  folderMissing: (folder: string) =>
    `文件夹“${folder}”不存在，未写入。请先建好这个文件夹，或换一个已有的文件夹。`,
  notAFolder: (folder: string) => `“${folder}”不是文件夹，未写入。`,
  wrongExtension: (path: string, extension: string) => `文件名“${path}”应以 ${extension} 结尾。`,
  writeFailed: (path: string, code: string) =>
    `写入“${path}”失败${code ? `（${code}）` : ''}：没有写入权限，或磁盘已满。未生成文件。`,
}
