import { base64Blob } from '../../attachments/fileBase64'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Hands base64 bytes from the core to the browser as a download: the web shell saves into
 * the user's downloads, Electron asks where through its own download prompt.
 */
export function saveBase64(fileName: string, base64: string, mime = XLSX_MIME): void {
  saveBlob(fileName, base64Blob(base64, mime))
}

/** Text handed on byte for byte (a signed receipt), saved as a download. */
export function saveText(fileName: string, text: string, mime = 'application/json'): void {
  saveBlob(fileName, new Blob([text], { type: mime }))
}

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  downloadUrl(fileName, url)
  // Revoked later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Saves what an address holds (a blob or data: URL) as a download named `fileName`. */
export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
}
