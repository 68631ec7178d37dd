import { randomBytes } from 'node:crypto'
import { recoveryKeyGroups } from '../../shared/security/recoveryKeyText'

export { normalizeRecoveryKey } from '../../shared/security/recoveryKeyText'

/** Crockford's base32: no I, L, O or U, so a key read off paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

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
