import type BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqlite } from '../../db/atRest/cipher'
import { checkXlbakBody } from '../../electron/services/backup/xlbakFile'

/**
 * The database inside an .xlbak, checked against its checksum and opened read-only under
 * `key`; closing it removes the temporary copy.
 */
export function openXlbakDatabase(path: string, key: Buffer | null): BetterSqlite3.Database {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-xlbak-'))
  const file = join(dir, 'copy.db')
  checkXlbakBody(path, file)
  const db = openSqlite(file, key, { readonly: true })
  const close = db.close.bind(db)
  db.close = () => {
    close()
    rmSync(dir, { recursive: true, force: true })
    return db
  }
  return db
}
