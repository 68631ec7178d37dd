import type BetterSqlite3 from 'better-sqlite3'

/**
 * Runs an apply for its preview: everything it writes is rolled back, whatever it answers or
 * throws, so a preview shows exactly what applying would do and leaves nothing behind.
 */
export async function previewInSavepoint<T>(
  sqlite: BetterSqlite3.Database,
  apply: () => Promise<T>,
): Promise<T> {
  sqlite.exec('SAVEPOINT package_preview')
  try {
    return await apply()
  } finally {
    sqlite.exec('ROLLBACK TO package_preview')
    sqlite.exec('RELEASE package_preview')
  }
}
