import type { HandlerContext } from '../../core/context'
import { DEFAULT_SCRYPT, hashPassword } from './password'

/**
 * A new password's hash for the users table and its key slot, derived side by side: two
 * deliberately slow scrypt runs then take the time of one on a machine with two cores.
 * `writeSlot` puts the slot in the key file; call it once the user row is written, so that a
 * refused write leaves no password that opens the data.
 */
export async function hashWithSlot(
  ctx: HandlerContext,
  user: { userId: string; username: string },
  password: string,
): Promise<{ hash: string; writeSlot: () => void }> {
  const [hash, writeSlot] = await Promise.all([
    hashPassword(password, ctx.config.scrypt ?? DEFAULT_SCRYPT),
    ctx.keys ? ctx.keys.wrapForUser(user, password) : () => {},
  ])
  return { hash, writeSlot }
}
