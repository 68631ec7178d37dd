import { roleAllows, type Role } from '../contract/roles'
import { birthYearOnly, maskSensitiveText } from './mask'

/** The role that may see full ID numbers and phones (persons.reveal, unmasked exports). */
export const FULL_DETAIL_ROLE: Role = 'operator'

/** Whether this role may see personal details in full (查看完整信息). */
export function mayViewFullDetails(role: Role): boolean {
  return roleAllows(role, FULL_DETAIL_ROLE)
}

// Keys holding dates that, beside a masked ID number, give most of it back.
const BIRTH_DATE_KEYS = new Set(['birthDate', 'birth_date'])
// Machine values a viewer's screen hands back unchanged: a file's bytes, row ids, tokens, and
// signed documents (a key card, a receipt) whose bytes a signature covers.
const OPAQUE_KEYS = new Set(['data', 'token', 'version', 'hash', 'id', 'signedText', 'fingerprint'])
const isOpaque = (key: string) => OPAQUE_KEYS.has(key) || key.endsWith('Id') || key.endsWith('Ids')

/**
 * What a user without 查看完整信息 may see of any answer: birth dates as the year only, and
 * every ID-shaped or phone-shaped part of any text masked (备注, 主要表现, activity notes…).
 * Masking is about what a viewer can infer, not one field, so it runs over the whole answer.
 */
export function maskForViewer<T>(value: T): T {
  return walk(value, null) as T
}

function walk(value: unknown, key: string | null): unknown {
  if (typeof value === 'string') {
    if (key !== null && BIRTH_DATE_KEYS.has(key)) return birthYearOnly(value)
    if (key !== null && isOpaque(key)) return value
    return maskSensitiveText(value)
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, key))
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, k)
    return out
  }
  return value
}
