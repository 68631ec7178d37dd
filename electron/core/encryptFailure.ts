import { dataAtRestText } from '../../shared/i18n/dataAtRest'

/** A write refused for want of space, as Node (ENOSPC) or SQLite (SQLITE_FULL) reports it. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || /SQLITE_FULL|disk is full/i.test(String(e))
}

/** What staff read when a plain database could not be moved over to the encrypted one. */
export function encryptFailedMessage(e: unknown): string {
  if (isDiskFull(e)) return dataAtRestText.encryptDiskFull
  return dataAtRestText.encryptFailed(e instanceof Error ? e.message : String(e))
}
