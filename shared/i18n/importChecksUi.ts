/** The preview's questions before an import: readings to confirm, encoding, township by sheet. */
export const importChecksUi = {
  encodingLabel: '文字编码',
  encodingDecided: '根据文件内容自动判断',
  encodingChosen: '已手动选择',
  encodingHint: '如果预览中的姓名、列名是乱码，请换一种编码',
  encodingNames: { 'UTF-8': 'UTF-8', GB18030: 'GBK/GB18030（中文 Windows）' } as Record<
    string,
    string
  >,
  confirmTitle: (n: number) => `有 ${n} 处日期需要您核对`,
  confirmHint:
    'Excel 会把 1986.10 这样的数字存成 1986.1，无法分辨原本是 1 月还是 10 月。请逐行对照原表；读错的请在原表中改为 1986-10 这样的写法后重新导入。',
  confirmColumns: {
    place: '位置',
    name: '姓名',
    field: '项目',
    shown: '表中写的',
    readAs: '将导入为',
  },
  place: (sheet: string, row: number, column: string | null) =>
    `${sheet} 第 ${row} 行${column ? ` ${column} 列` : ''}`,
  confirmCheck: '我已逐行核对以上日期，按“将导入为”一栏导入',
  confirmFirst: '请先核对日期',
  townshipOption: '按工作表名称填写乡镇（街道）',
  townshipValue: (name: string) => `本工作表各行的乡镇（街道）填为“${name}”`,
  townshipSummary: (names: string[]) =>
    `乡镇（街道）将按工作表名称填写：${names.slice(0, 8).join('、')}${names.length > 8 ? ' 等' : ''}`,
}
