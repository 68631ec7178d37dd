/**
 * The page cache of the connection the app and the CLI work through. Every page SQLite reads
 * from the encrypted file is decrypted and its HMAC-SHA512 checked, where a plain file's
 * pages come from the OS cache nearly free; with SQLite's default of 2 MB each search read
 * and decrypted the same index pages again (scripts/bench/README.md, "Data at rest"). Pages
 * are allocated as they are read, so a county's register never fills it; at a province it
 * adds at most this much to the process.
 *
 * A file of its own, without imports: the backup worker's code reads it too, and a worker
 * that imported db/open.ts would pull the main process's modules into a chunk shared with
 * the worker, where the workers' built URLs no longer resolve (test/unit/worker-graphs.test.ts).
 */
export const APP_CACHE_KIB = 64 * 1024

/**
 * The page cache of a connection that checks a backup's copy (electron/services/backup/
 * checkCopy.ts): with SQLite's 2 MB a check decrypted and HMAC-checked the pages it reads
 * twice again (integrity_check on a city: 38–46 s, against 7–9 s with 128 MB). Freed when
 * the check's connection closes.
 */
export const CHECK_CACHE_KIB = APP_CACHE_KIB
