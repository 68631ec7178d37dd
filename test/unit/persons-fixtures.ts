import { SessionSlot } from '../../electron/core/session'
import type { Input } from '../../shared/contract'
import type { Role } from '../../shared/contract/roles'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import type { TestCore } from '../helpers/testCore'

/** A valid 18-digit ID number for a birth date and sequence (odd sequence: male). */
export function validId(birth: string, seq = '123', region = '330621'): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${seq}`
  return `${first17}${idCheckDigit(first17)}`
}

/** A signed-in session of a new user with this role (password already changed). */
export async function sessionAs(
  t: TestCore,
  role: Role,
  username = `u-${role}`,
): Promise<SessionSlot> {
  const user = await t.ok('users.create', {
    username,
    displayName: `${role} 用户`,
    role,
    password: 'Temp-pass-123',
  })
  const slot = new SessionSlot()
  slot.set({
    userId: user.id,
    username,
    displayName: user.displayName,
    role,
    locked: false,
    mustChangePassword: false,
    lastActivity: Date.now(),
  })
  return slot
}

/** Calls and expects a failure; answers its code, message and field issues. */
export async function callError(
  t: TestCore,
  method: string,
  input: unknown,
  slot: SessionSlot = t.slot,
) {
  const r = await t.core.dispatch(slot, method, input)
  if (r.ok) throw new Error(`${method} should have failed`)
  return r.error
}

export async function addTownship(t: TestCore, name = '城关街道', code?: string) {
  return t.ok('dictionaries.save', { kind: 'township', name, ...(code ? { code } : {}) })
}

export function person(overrides: Partial<Input<'persons.create'>> = {}): Input<'persons.create'> {
  return {
    name: '张三',
    idNumber: validId('1985-03-12'),
    phone: '13812345678',
    employer: '华达机械有限公司',
    ...overrides,
  }
}
