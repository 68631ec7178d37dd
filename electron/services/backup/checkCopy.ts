import type BetterSqlite3 from 'better-sqlite3'
import { CHECK_CACHE_KIB } from '../../../db/pageCache'

/**
 * The check a backup's database gets before it is given its final name, and again before a
 * restore swaps it in: PRAGMA quick_check, 'ok' or what is wrong. It walks every b-tree
 * page by page (each page reached once, every cell, overflow chain and the freelist), so in
 * an encrypted file every page in use is decrypted and its HMAC-SHA512 checked: a changed
 * byte anywhere is caught. What integrity_check adds is each index entry looked up against
 * its table row: that catches an index that disagrees with its table, which a byte copy
 * cannot bring about (the copy is the file, read back against its SHA-256), and it costs
 * random lookups over the whole file. At a province (978 MB, load ~11) integrity_check took
 * 86 s plain and 232 s encrypted with a 64 MB cache (121 s with 256 MB); quick_check 18 s
 * and 38 s (scripts/bench/README.md, "Data at rest"). A new backup's HMACs are checked
 * before, in the pass that hashes it (pageHmacs.ts), and this check then runs without them.
 */
export function checkCopy(copy: BetterSqlite3.Database): string {
  // Pages a check reads twice (a table walked, then scanned for its NOT NULL constraints)
  // are decrypted once while they stay in this cache; SQLite's 2 MB let them go.
  copy.pragma(`cache_size = ${-CHECK_CACHE_KIB}`)
  const rows = copy.pragma('quick_check') as { quick_check: string }[]
  return rows.map((r) => r.quick_check).join('; ')
}
