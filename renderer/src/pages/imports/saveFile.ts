import { base64Blob } from '../activities/detail/fileBase64'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Hands base64 bytes from the core to the browser as a download: the web shell saves into
 * the user's downloads, Electron asks where through its own download prompt.
 */
export function saveBase64(fileName: string, base64: string, mime = XLSX_MIME): void {
  saveBlob(fileName, base64Blob(base64, mime))
}

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
