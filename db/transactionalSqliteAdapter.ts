import { SqliteAdapter, SqliteDialect } from 'kysely'

/**
 * SQLite can roll back DDL, but Kysely's adapter says it cannot, which would let a failed
 * migration leave half a schema. Telling the truth makes the Migrator wrap the whole batch.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

export class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter()
  }
}
