import type { UnitsOverview } from '../contract/units'
import { t } from '../i18n'
import { groupFingerprint } from '../packages/fingerprint'
import { chineseDate } from './format'
import { A4_PORTRAIT, contentWidth, TYPE_SIZES_PT, type PageGeometry } from './geometry'
import { qrSvgPath, type QrPath } from './qrSvgPath'
import { wrapText } from './wrapText'

const txt = t.unitsUi.print

/** The label column of the 密钥登记表; the value column takes the rest of the type area. */
export const KEY_FORM_LABEL_MM = 34
export const KEY_FORM_PT = TYPE_SIZES_PT.info
/** 3 rows of 4 groups at 20 pt (DejaVu Sans Mono: ~110 mm) beside the QR code fill the 156 mm type area. */
export const KEY_FORM_FINGERPRINT_PT = 20
export const KEY_FORM_GROUPS_PER_ROW = 4
export const KEY_FORM_QR_MM = 34

export interface KeyRegistrationForm {
  kind: 'keyRegistration'
  title: string
  page: PageGeometry
  /** 单位名称, 代码, 级别, 填表日期: each value already wrapped to the value column. */
  rows: { label: string; lines: string[] }[]
  /** 60 digits; `fingerprint` is a key viewer masking hands through whole. */
  fingerprint: string
  fingerprintRows: string[][]
  qr: QrPath
  /** Runs across the type area under the box; nothing below it depends on its height. */
  note: string
}

/**
 * One A4 portrait page for the unit's own key: what the receiving unit compares the card
 * against, signed and stamped. A long unit name wraps in its cell at full size.
 */
export function buildKeyRegistration(
  self: UnitsOverview['self'],
  today: string,
): KeyRegistrationForm {
  const width = contentWidth(A4_PORTRAIT)
  const valueWidth = width - KEY_FORM_LABEL_MM
  const row = (label: string, value: string) => ({
    label,
    lines: wrapText(value, valueWidth, KEY_FORM_PT),
  })
  const groups = groupFingerprint(self.fingerprint)
  const fingerprintRows: string[][] = []
  for (let i = 0; i < groups.length; i += KEY_FORM_GROUPS_PER_ROW) {
    fingerprintRows.push(groups.slice(i, i + KEY_FORM_GROUPS_PER_ROW))
  }
  return {
    kind: 'keyRegistration',
    title: txt.title,
    page: A4_PORTRAIT,
    rows: [
      row(txt.unitName, self.name),
      row(txt.unitCode, self.code),
      row(txt.level, t.common.unitLevels[self.level] ?? self.level),
      row(txt.date, chineseDate(today)),
    ],
    fingerprint: self.fingerprint,
    fingerprintRows,
    qr: qrSvgPath(self.fingerprint),
    note: txt.fingerprintNote,
  }
}
