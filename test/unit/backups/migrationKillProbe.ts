import { sql, type Kysely } from 'kysely'
import { migrations } from '../../../db/migrations'

export const KILL_PROBE_MIGRATION = '9998_kill_probe'

/** The app's migrations and one more, that leaves a table to find. */
export function withKillProbe(): typeof migrations {
  return {
    ...migrations,
    [KILL_PROBE_MIGRATION]: {
      up: async (db: Kysely<unknown>) => {
        await sql`CREATE TABLE kill_probe (x INTEGER)`.execute(db)
        await sql`INSERT INTO kill_probe VALUES (1)`.execute(db)
      },
    },
  }
}
