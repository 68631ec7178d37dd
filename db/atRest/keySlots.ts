import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto'
import { z } from 'zod'
import { derive, type ScryptParams } from '../../electron/services/auth/password'
import { DATABASE_KEY_BYTES } from './cipher'

/** Beside the database: the database key, wrapped once per user and once for recovery. */
export const KEY_SLOTS_FILE = 'xinlian.keys'
const FORMAT = 'xinlian.keys'

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const kdfSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: b64,
  })
  .strict()
const sealed = { kdf: kdfSchema, iv: b64, tag: b64, wrapped: b64 }
const userSlotSchema = z
  .object({
    kind: z.literal('user'),
    userId: z.string().min(1),
    username: z.string().min(1),
    ...sealed,
  })
  .strict()
const recoverySlotSchema = z.object({ kind: z.literal('recovery'), ...sealed }).strict()
const slotSchema = z.discriminatedUnion('kind', [userSlotSchema, recoverySlotSchema])
const bodySchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    cipher: z.literal('sqlcipher4'),
    slots: z.array(slotSchema),
  })
  .strict()
const fileSchema = bodySchema.extend({ digest: b64, mac: b64 }).strict()

export type KeySlot = z.infer<typeof slotSchema>
export type UserSlot = z.infer<typeof userSlotSchema>
export type KeySlotsBody = z.infer<typeof bodySchema>
export type KeySlotsFile = z.infer<typeof fileSchema>

/** The file is not what we wrote: unreadable, reshaped, or its seal does not match. */
export class KeySlotsDamaged extends Error {}

/**
 * The AAD ties a wrapped key to the slot it sits in: moving a slot to another username
 * breaks its tag instead of letting one password open another person's slot.
 */
function slotLabel(slot: { kind: string; userId?: string; username?: string }): Buffer {
  return Buffer.from(`${FORMAT}/v1/${slot.kind}/${slot.userId ?? ''}/${slot.username ?? ''}`)
}

async function wrap(
  dbKey: Buffer,
  secret: string,
  params: ScryptParams,
  label: Buffer,
): Promise<Omit<KeySlot, 'kind'>> {
  const salt = randomBytes(16)
  const kek = await derive(secret, salt, params)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(label)
  const wrapped = Buffer.concat([cipher.update(dbKey), cipher.final()])
  return {
    kdf: { name: 'scrypt', ...pick(params), salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  }
}

function pick({ N, r, p }: ScryptParams): ScryptParams {
  return { N, r, p }
}

/** The database key, or null when the secret is not the one this slot was wrapped with. */
export async function unwrapSlot(slot: KeySlot, secret: string): Promise<Buffer | null> {
  return openSlot(slot, await derive(secret, Buffer.from(slot.kdf.salt, 'base64'), slot.kdf))
}

/** The database key from a slot and the key its secret derives to (scrypt over the salt). */
export function openSlot(slot: KeySlot, kek: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'))
  decipher.setAAD(slotLabel(slot))
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'))
  try {
    const key = Buffer.concat([
      decipher.update(Buffer.from(slot.wrapped, 'base64')),
      decipher.final(),
    ])
    return key.length === DATABASE_KEY_BYTES ? key : null
  } catch {
    return null
  }
}

export async function userSlot(
  dbKey: Buffer,
  user: { userId: string; username: string },
  password: string,
  params: ScryptParams,
): Promise<UserSlot> {
  const id = { kind: 'user' as const, userId: user.userId, username: user.username }
  return { ...id, ...(await wrap(dbKey, password, params, slotLabel(id))) }
}

/**
 * The recovery key is 160 random bits, not a password: there is no guessing for scrypt to
 * slow down, so its slot takes the cheapest cost. A password's cost here would add seconds to
 * setup, to every regeneration and to moving a plain database over, for nothing.
 */
const RECOVERY_KDF: ScryptParams = { N: 2 ** 10, r: 8, p: 1 }

export async function recoverySlot(dbKey: Buffer, recoveryKey: string): Promise<KeySlot> {
  return {
    kind: 'recovery',
    ...(await wrap(dbKey, recoveryKey, RECOVERY_KDF, slotLabel({ kind: 'recovery' }))),
  }
}

function canonical(body: KeySlotsBody): string {
  const { format, version, cipher, slots } = body
  return JSON.stringify({ format, version, cipher, slots })
}

function macKey(dbKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), `${FORMAT} mac`, 32))
}

/**
 * Two seals: a plain digest, checked on every read, catches a file edited by hand or cut
 * short; a MAC under the database key, checked once a slot opened, catches an edit whose
 * author also fixed the digest (a slot added, swapped or removed).
 */
export function sealKeySlots(slots: KeySlot[], dbKey: Buffer): KeySlotsFile {
  const body: KeySlotsBody = { format: FORMAT, version: 1, cipher: 'sqlcipher4', slots }
  const text = canonical(body)
  return {
    ...body,
    digest: createHash('sha256').update(text).digest('base64'),
    mac: createHmac('sha256', macKey(dbKey)).update(text).digest('base64'),
  }
}

export function parseKeySlots(text: string): KeySlotsFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new KeySlotsDamaged('not JSON')
  }
  const parsed = fileSchema.safeParse(json)
  if (!parsed.success) throw new KeySlotsDamaged('unexpected shape')
  const file = parsed.data
  const digest = createHash('sha256').update(canonical(file)).digest('base64')
  if (digest !== file.digest) throw new KeySlotsDamaged('digest mismatch')
  return file
}

export function checkSeal(file: KeySlotsFile, dbKey: Buffer): void {
  const mac = createHmac('sha256', macKey(dbKey)).update(canonical(file)).digest('base64')
  if (mac !== file.mac) throw new KeySlotsDamaged('mac mismatch')
}

export function userSlots(file: KeySlotsFile): UserSlot[] {
  return file.slots.filter((s): s is UserSlot => s.kind === 'user')
}
