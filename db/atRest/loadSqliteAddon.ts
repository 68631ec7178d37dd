import MultipleCiphers from 'better-sqlite3-multiple-ciphers'

/**
 * Loads and registers the keyed SQLite addon on this thread now. better-sqlite3 loads its
 * addon at the thread's first `new Database`, not when its module is imported: a worker
 * that opens its database only once its job arrives would otherwise be registering the
 * addon just when it may be terminated (workerLoaded.ts).
 */
export function loadSqliteAddon(): void {
  new MultipleCiphers(':memory:').close()
}
