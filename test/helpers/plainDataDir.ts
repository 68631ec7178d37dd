import type BetterSqlite3 from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openSqlite } from '../../db/atRest/cipher'
import { openDatabase } from '../../db/open'
import { SessionSlot } from '../../electron/core/session'
import { person, validId } from '../unit/persons-fixtures'
import { ADMIN, UNIT, startTestCore } from './testCore'

/** The person a plain directory holds: none of it may be readable once it is encrypted. */
export const PLAIN_SECRET = {
  name: '司马青云',
  idNumber: validId('1966-02-14', '731'),
  phone: '13700001111',
}

/**
 * A table of random bytes (16 rows a MiB), so that copying or moving the database takes long
 * enough to be interrupted; closes `sqlite`.
 */
export function addFiller(sqlite: BetterSqlite3.Database, mib: number): void {
  try {
    sqlite.exec('CREATE TABLE test_filler (chunk BLOB NOT NULL)')
    const add = sqlite.prepare('INSERT INTO test_filler (chunk) VALUES (randomblob(65536))')
    sqlite.transaction(() => {
      for (let i = 0; i < mib * 16; i++) add.run()
    })()
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    sqlite.close()
  }
}

/**
 * Makes `dir` a data directory as the version before encryption left it: plain, set up, one
 * person. `fillerMiB` adds a table of random bytes, so that moving it over takes long enough
 * to be interrupted (or to fill a small disk).
 */
export async function makePlainDataDir(dir: string, fillerMiB = 0): Promise<void> {
  const dbPath = join(dir, 'xinlian.db')
  ;(await openDatabase(dbPath, { mounts: [], key: null })).close()
  const core = await startTestCore(dir)
  try {
    const slot = new SessionSlot()
    const setup = await core.call(slot, 'setup.init', { unit: UNIT, admin: ADMIN })
    if (!setup.ok) throw new Error(setup.error.message)
    const added = await core.call(slot, 'persons.create', person(PLAIN_SECRET))
    if (!added.ok) throw new Error(added.error.message)
  } finally {
    core.close()
  }
  if (fillerMiB > 0) addFiller(openSqlite(dbPath, null), fillerMiB)
  if (!readFileSync(dbPath).includes(Buffer.from(PLAIN_SECRET.name)))
    throw new Error('the plain database should hold the name in clear')
}
