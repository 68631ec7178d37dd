/** Characters per group, as the key is shown and printed. */
export const RECOVERY_KEY_GROUP = 4

/** What a person typed, as the key was written: case, spaces and dashes do not matter. */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

export function recoveryKeyGroups(key: string): string[] {
  const plain = normalizeRecoveryKey(key)
  const groups: string[] = []
  for (let i = 0; i < plain.length; i += RECOVERY_KEY_GROUP)
    groups.push(plain.slice(i, i + RECOVERY_KEY_GROUP))
  return groups
}

/** Typed back at setup: the last group, read off paper. */
export function matchesLastGroup(recoveryKey: string, typed: string): boolean {
  const last = recoveryKeyGroups(recoveryKey).at(-1) ?? ''
  return last.length > 0 && normalizeRecoveryKey(typed) === last
}
