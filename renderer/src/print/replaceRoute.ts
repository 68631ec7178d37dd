/**
 * Shows the same print route with other options without a new history entry: 返回 still
 * goes back to where the preview was opened from.
 */
export function replaceRoute(path: string): void {
  const url = new URL(window.location.href)
  url.hash = path
  window.location.replace(url.toString())
}
