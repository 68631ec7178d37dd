/**
 * What a file that is not an .xlsx or CSV turns out to be, and what to do with it: each
 * format by its name, the way out in the words WPS and Excel use.
 */
const SAVE_AS = '请在 WPS/Excel 中打开，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入'

export const importFormatText = {
  xlsb: `这是 Excel 二进制工作簿（.xlsb），无法直接导入。${SAVE_AS}`,
  numbers:
    '这是苹果 Numbers 表格（.numbers），无法直接导入。请在 Numbers 中选择“文件”→“导出为”→“Excel”，得到 .xlsx 后再导入',
  fods: `这是 OpenDocument 平面表格（.fods，LibreOffice 保存的 XML 表格），无法直接导入。${SAVE_AS}`,
  otherXml: `这是一个 XML 文件，但不是能导入的表格格式。如果它是表格，${SAVE_AS}`,
  htmlNoTable: `这是一个网页文件（HTML），其中没有表格，无法导入。如果它是从网上系统导出的名单，${SAVE_AS}`,
  document:
    '这是文字处理文档（Word/WPS 文字），不是表格。如果名单在文档的表格里，请复制到 WPS/Excel 中，另存为 .xlsx 后再导入',
  presentation: '这是演示文稿（PowerPoint/WPS 演示），不是表格。请选择花名册的 Excel 文件',
  pdf: '这是 PDF 文件，无法导入。请向发文单位索取 Excel 原表，或在 WPS 中把 PDF 转换为表格，另存为 .xlsx 后再导入',
  image: '这是一张图片，无法导入。请选择花名册的 Excel 文件（.xlsx）或 CSV 文件',
  archive:
    '这是一个压缩包（.zip/.rar/.7z），不是 Excel 工作簿。请先解压，再选择其中的 .xlsx 或 .csv 文件',
}
