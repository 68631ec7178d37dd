/** Characters Windows refuses in file names, and control characters anywhere. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/**
 * The file name a save dialog suggests for a document: its title and the date, stripped of
 * what Windows, UOS or a USB stick would refuse: `2025年度活动台账-2025-03-12.pdf`.
 */
export function pdfFileName(title: string, date: string): string {
  const base = title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows silently drops trailing dots and spaces.
    .replace(/[. ]+$/, '')
  const safe = [...(base || '文档')].slice(0, 80).join('')
  return `${safe}-${date}.pdf`
}
