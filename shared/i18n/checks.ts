/**
 * Messages of the ID-number, phone and date checks. They never quote an ID number or a phone
 * number: messages end up in import reports and logs, where personal data must not appear.
 */
const clip = (raw: string) => (raw.length > 20 ? `${raw.slice(0, 20)}…` : raw)

export const idCard = {
  valid: '身份证号有效',
  valid15: '身份证号为 15 位老号码',
  empty: '身份证号未填写',
  badChars: '身份证号只能由数字组成，最后一位可以是 X，请核对',
  xNotLast: '身份证号中的 X 只能出现在最后一位，请核对',
  badLength: (n: number) => `身份证号应为 18 位（老号码为 15 位），现为 ${n} 位，请核对`,
  badDate: '身份证号中的出生日期不是有效日期，请核对',
  futureDate: '身份证号中的出生日期晚于今天，请核对',
  tooOld: '身份证号中的出生日期早于 1900 年，请核对',
  badCheck: '身份证号校验位不正确，请核对',
  truncated:
    '身份证号在 Excel 中被存成了数字，末尾几位已经丢失，无法还原。请把该列设为“文本”格式，重新录入完整的 18 位号码',
  warn15: '这是 15 位老身份证号，建议核对后更新为 18 位号码',
  warnEnds000: '身份证号以 000 结尾；如果号码来自 Excel，请核对末尾几位是否因存成数字而丢失',
}

export const crossCheck = {
  birthMismatch: (form: string, fromId: string) =>
    `出生日期（${form}）与身份证号中的出生日期（${fromId}）不一致，请核对`,
  sexMismatch: (fromId: string) => `性别与身份证号不一致：按身份证号应为“${fromId}”，请核对`,
}

export const phone = {
  mobile: '手机号码有效',
  landline: '固定电话有效',
  landlineNoArea: '固定电话没有区号，建议写成 0571-88888888 的形式',
  empty: '电话未填写',
  mobileLength: (n: number) => `手机号码应为 11 位，现为 ${n} 位，请核对`,
  mobilePrefix: '手机号码第二位应为 3–9，请核对',
  invalid: '电话号码格式不正确，应为 11 位手机号码或带区号的固定电话（如 0571-88888888）',
}

export const date = {
  notDate: (raw: string) =>
    `“${clip(raw)}”不是可识别的日期，可写作 1985-03-12、1985.03 或 1985年3月`,
  badMonth: (raw: string) => `“${clip(raw)}”的月份不对，应为 1–12`,
  badDay: (raw: string) => `“${clip(raw)}”这一天不存在，请核对`,
  yearRange: (raw: string) => `“${clip(raw)}”的年份应在 1900–2100 之间`,
  excelFeb29: 'Excel 日期序号 60 表示 1900-02-29，这一天并不存在，请核对',
  maybeOctober: (year: string) =>
    `按 ${year} 年 1 月处理；如果原本是 ${year}.10（Excel 会去掉末尾的 0），请改为 ${year}-10`,
}

export const checks = { idCard, crossCheck, phone, date }
