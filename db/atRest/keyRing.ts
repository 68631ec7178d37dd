import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import type { ScryptParams } from '../../electron/services/auth/password'
import { writeBytesSafely } from '../../electron/services/files/safeWrite'
import { DatabaseOpenError } from '../errors'
import { DATABASE_KEY_BYTES } from './cipher'
import {
  checkSeal,
  KEY_SLOTS_FILE,
  KeySlotsDamaged,
  parseKeySlots,
  recoverySlot,
  sealKeySlots,
  unwrapSlot,
  userSlot,
  userSlots,
  type KeySlot,
  type KeySlotsFile,
} from './keySlots'
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey'

export function keySlotsPath(dataDir: string): string {
  return join(dataDir, KEY_SLOTS_FILE)
}

/** The key file as read from disk, refused in Chinese when it was cut short or edited. */
export function readKeySlots(dataDir: string): KeySlotsFile | null {
  const path = keySlotsPath(dataDir)
  if (!existsSync(path)) return null
  try {
    return parseKeySlots(readFileSync(path, 'utf8'))
  } catch (e) {
    if (e instanceof KeySlotsDamaged)
      throw new DatabaseOpenError('keys-damaged', dataAtRestText.keysDamaged(dataDir))
    throw e
  }
}

/**
 * The unlocked database key and the slots that wrap it. Every change is written to disk
 * before it returns (write to a temporary file, then rename): a slot the file does not
 * hold yet is a password that opens nothing after a restart.
 */
export class KeyRing {
  private constructor(
    readonly dataDir: string,
    readonly key: Buffer,
    private slots: KeySlot[],
    private readonly params: ScryptParams,
  ) {}

  /** A new installation: a random key and a recovery slot; users come with setup. */
  static async create(
    dataDir: string,
    params: ScryptParams,
  ): Promise<{ ring: KeyRing; recoveryKey: string }> {
    const ring = KeyRing.unsaved(dataDir, params)
    const recoveryKey = await ring.replaceRecoveryKey()
    return { ring, recoveryKey }
  }

  /** A random key with no file yet: the first slot written creates it. */
  static unsaved(dataDir: string, params: ScryptParams): KeyRing {
    return new KeyRing(dataDir, randomBytes(DATABASE_KEY_BYTES), [], params)
  }

  /** The ring for a key already unwrapped; refuses a file whose seal does not match it. */
  static opened(dataDir: string, file: KeySlotsFile, key: Buffer, params: ScryptParams): KeyRing {
    try {
      checkSeal(file, key)
    } catch {
      throw new DatabaseOpenError('keys-damaged', dataAtRestText.keysDamaged(dataDir))
    }
    return new KeyRing(dataDir, key, [...file.slots], params)
  }

  hasUser(userId: string): boolean {
    return this.slots.some((s) => s.kind === 'user' && s.userId === userId)
  }

  async setUserPassword(user: { userId: string; username: string }, password: string) {
    ;(await this.wrapForUser(user, password))()
  }

  /**
   * Wraps the key under a user's password (the slow part) without writing it: the returned
   * step puts the slot in the file, once the user row it belongs to is written.
   */
  async wrapForUser(
    user: { userId: string; username: string },
    password: string,
  ): Promise<() => void> {
    const slot = await userSlot(this.key, user, password, this.params)
    return () =>
      this.save([
        ...this.slots.filter((s) => !(s.kind === 'user' && s.userId === user.userId)),
        slot,
      ])
  }

  removeUser(userId: string): void {
    this.save(this.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)))
  }

  /** A new recovery key replaces the old one, which opens nothing from now on. */
  async replaceRecoveryKey(): Promise<string> {
    const recoveryKey = newRecoveryKey()
    const slot = await recoverySlot(this.key, normalizeRecoveryKey(recoveryKey))
    this.save([...this.slots.filter((s) => s.kind !== 'recovery'), slot])
    return recoveryKey
  }

  /** Whether a recovery key typed in is the one of this ring's recovery slot. */
  async opensWithRecoveryKey(recoveryKey: string): Promise<boolean> {
    const slot = this.slots.find((s) => s.kind === 'recovery')
    const key = slot ? await unwrapSlot(slot, normalizeRecoveryKey(recoveryKey)) : null
    return key !== null && key.equals(this.key)
  }

  private save(slots: KeySlot[]): void {
    const file = sealKeySlots(slots, this.key)
    writeBytesSafely(keySlotsPath(this.dataDir), Buffer.from(JSON.stringify(file, null, 2)), {
      overwrite: true,
    })
    this.slots = slots
  }
}

/** The database key from a user's slot, or null: no such slot or not their password. */
export async function unwrapForUser(
  file: KeySlotsFile,
  username: string,
  password: string,
): Promise<Buffer | null> {
  const slot = userSlots(file).find((s) => s.username === username)
  return slot ? unwrapSlot(slot, password) : null
}

export async function unwrapForRecovery(
  file: KeySlotsFile,
  recoveryKey: string,
): Promise<Buffer | null> {
  const slot = file.slots.find((s) => s.kind === 'recovery')
  return slot ? unwrapSlot(slot, normalizeRecoveryKey(recoveryKey)) : null
}
