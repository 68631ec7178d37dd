import { randomBytes } from 'node:crypto'

/** Crockford's base32: no I, L, O or U, so a key read off paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUP = 4

/** 160 random bits as 8 groups of 4 characters, e.g. `7K2M-…`. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20)
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return recoveryKeyGroups(out).join('-')
}

export function recoveryKeyGroups(key: string): string[] {
  const plain = normalizeRecoveryKey(key)
  const groups: string[] = []
  for (let i = 0; i < plain.length; i += GROUP) groups.push(plain.slice(i, i + GROUP))
  return groups
}

/** What a person typed, as the key was written: case, spaces and dashes do not matter. */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}
