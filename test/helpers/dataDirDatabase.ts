import type BetterSqlite3 from 'better-sqlite3'
import { scryptSync } from 'node:crypto'
import { join } from 'node:path'
import { openSqlite } from '../../db/atRest/cipher'
import { readKeySlots } from '../../db/atRest/keyRing'
import { openSlot, userSlots } from '../../db/atRest/keySlots'

const keys = new Map<string, Buffer>()

/**
 * The database key of a test's data directory, unwrapped from the admin's slot as a sign-in
 * would (synchronously, for the tests' sync readers). No fixed key: each directory has its own.
 */
export function dataDirKey(dir: string, username = 'admin', password = 'Passw0rd-admin'): Buffer {
  const known = keys.get(dir)
  if (known) return known
  const file = readKeySlots(dir)
  const slot = file && userSlots(file).find((s) => s.username === username)
  if (!slot) throw new Error(`no key slot for ${username} in ${dir}`)
  const { N, r, p } = slot.kdf
  const kek = scryptSync(password.normalize('NFC'), Buffer.from(slot.kdf.salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  })
  const key = openSlot(slot, kek)
  if (!key) throw new Error(`the password does not open ${username}'s slot in ${dir}`)
  keys.set(dir, key)
  return key
}

/** The data directory's database, opened directly under its key (readers, tamperers). */
export function openDataDirDatabase(
  dir: string,
  options?: BetterSqlite3.Options,
): BetterSqlite3.Database {
  return openSqlite(join(dir, 'xinlian.db'), dataDirKey(dir), options)
}
