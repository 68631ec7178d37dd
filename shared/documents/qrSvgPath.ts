import qrcode from 'qrcode-generator'

/** A QR code as one SVG path in module units, with its quiet zone in the viewBox. */
export interface QrPath {
  viewBox: string
  path: string
}

const QUIET_MODULES = 4

/**
 * Digits go in numeric mode (60 digits fit a version 3 code at level M), so the printed code
 * stays large enough to scan off paper.
 */
export function qrSvgPath(text: string): QrPath {
  const qr = qrcode(0, 'M')
  qr.addData(text, /^\d+$/.test(text) ? 'Numeric' : 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  let path = ''
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`
    }
  }
  const side = n + 2 * QUIET_MODULES
  return { viewBox: `${-QUIET_MODULES} ${-QUIET_MODULES} ${side} ${side}`, path }
}
