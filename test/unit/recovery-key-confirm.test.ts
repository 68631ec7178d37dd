import { describe, expect, it } from 'vitest'
import { newRecoveryKey, normalizeRecoveryKey } from '../../db/atRest/recoveryKey'
import { matchesLastGroup, recoveryKeyGroups } from '../../shared/security/recoveryKeyText'

describe('confirming the recovery key at setup', () => {
  it('takes the last group as read off paper, and nothing else', () => {
    const key = 'FDES-1256-GRNR-3SZV-KQF7-D8J7-SFC1-SX0F'
    expect(recoveryKeyGroups(key)).toHaveLength(8)
    expect(matchesLastGroup(key, 'SX0F')).toBe(true)
    // Lower case, spaces, and the letter O for the digit 0, as the key itself forgives.
    expect(matchesLastGroup(key, ' sx o f ')).toBe(true)
    expect(matchesLastGroup(key, 'FDES')).toBe(false)
    expect(matchesLastGroup(key, '')).toBe(false)
    expect(matchesLastGroup('', '')).toBe(false)
  })

  it('reads the groups the same way the key file does', () => {
    const key = newRecoveryKey()
    const groups = recoveryKeyGroups(key)
    expect(groups.join('')).toBe(normalizeRecoveryKey(key))
    expect(matchesLastGroup(key, groups.at(-1)!.toLowerCase())).toBe(true)
  })
})
