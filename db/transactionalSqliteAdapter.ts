import { CompiledQuery, SqliteAdapter, SqliteDialect, SqliteDriver, type Driver } from 'kysely'

/**
 * SQLite can roll back DDL, but Kysely's adapter says it cannot, which would let a failed
 * migration leave half a schema. Telling the truth makes the Migrator wrap the whole batch.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

/**
 * Every transaction here writes (audited procedures, migrations) and most read something
 * they then write from — the audit chain's last hash above all. A plain BEGIN takes the
 * write lock only at the first write, so another process (the CLI beside the app) can slip
 * in between the read and the write; BEGIN IMMEDIATE takes it up front.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: Parameters<SqliteDriver['beginTransaction']>[0],
  ): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

export class TransactionalSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0]

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config)
    this.#config = config
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter()
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
}
