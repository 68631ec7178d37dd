import type { PageReads } from './cipher'

/**
 * The app's connection (and the CLI's, through the same open) reads pages without checking
 * their HMAC. Measured on a province register (scripts/bench/README.md, "Data at rest",
 * round 7): with the check, the searches that read twenty scattered rows were 1.5–2.1× the
 * decrypted copy at p95, the check being nearly all of the difference; without it every
 * search, list and statistic is within 1.5× of plain, as the AES decryption alone costs.
 *
 * What still catches a changed or damaged page: every page carries its HMAC (written either
 * way), and a backup checks every page of what it copies (pageHmacs.ts, in OpenSSL) and
 * refuses to finish on a bad one — the daily backup at the first start of a day, the one on
 * quit, and the one before every import and package apply; a restore checks the backup it
 * restores (the backup before a migration keeps the file's bytes unchecked and is checked
 * then). A page changed between two backups is read as decrypted, as under the aes256cbc
 * scheme the issue allowed; the next backup refuses it, and the backups before it hold the
 * page as it was.
 * Connections that copy pages into another file keep the check (cipher.ts, PageReads).
 */
export const APP_PAGE_READS: PageReads = 'unchecked'
