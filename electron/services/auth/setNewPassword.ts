import { updateUser } from '../../../db/repos/users'
import type { HandlerContext } from '../../core/context'
import { hashWithSlot } from './hashWithSlot'

/**
 * A password set for someone (an admin's reset, or the recovery key): the lock and the
 * failure count go, and the key slot is wrapped again so the new password opens the
 * database file at the next start.
 */
export async function setNewPassword(
  ctx: HandlerContext,
  user: { id: string; username: string },
  password: string,
  opts: { mustChange: boolean },
): Promise<void> {
  const { hash, writeSlot } = await hashWithSlot(
    ctx,
    { userId: user.id, username: user.username },
    password,
  )
  await updateUser(ctx.db, user.id, {
    password_hash: hash,
    must_change_password: opts.mustChange ? 1 : 0,
    failed_attempts: 0,
    last_failed_at: null,
    locked_at: null,
    updated_at: ctx.clock.nowIso(),
  })
  writeSlot()
}
