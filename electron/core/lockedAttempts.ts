import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { errorText } from '../../shared/i18n/errors'
import { LOCK_AFTER, FREE_ATTEMPTS, loginGate } from '../services/auth/lockout'
import { writeBytesSafely } from '../services/files/safeWrite'
import { AppError } from './appError'

/**
 * Wrong passwords typed while the encrypted database is still closed cannot be counted in
 * its users table, yet the lockout rule (SECURITY.md) must hold at a cold start too: they
 * are kept here, beside xinlian.keys, and moved into the users table (and the audit log)
 * by the first sign-in that opens the database.
 *
 * Plain JSON, not sealed: there is nothing to seal it with before the database key is
 * known, and a seal would not help anyway. The count slows down guessing at the keyboard
 * of the running app; someone who can edit files in the data directory can also copy
 * xinlian.keys and guess offline, where only scrypt's cost stands in the way. A file that
 * does not parse counts as empty (it must never keep a user out for good).
 */
export const LOCKED_ATTEMPTS_FILE = 'xinlian.attempts.json'

const entrySchema = z.object({
  failed: z.number().int().nonnegative(),
  lastFailedAt: z.string(),
  lockedAt: z.string().nullable(),
})
const fileSchema = z.record(z.string(), entrySchema)
export type LockedAttempt = z.infer<typeof entrySchema>
export type LockedAttempts = Record<string, LockedAttempt>

function path(dataDir: string): string {
  return join(dataDir, LOCKED_ATTEMPTS_FILE)
}

export function readLockedAttempts(dataDir: string): LockedAttempts {
  if (!existsSync(path(dataDir))) return {}
  try {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path(dataDir), 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

function save(dataDir: string, all: LockedAttempts): void {
  writeBytesSafely(path(dataDir), Buffer.from(JSON.stringify(all, null, 2)), { overwrite: true })
}

/** Throws the same refusal as the users table would: locked, or wait so many seconds. */
export function checkLockedAttempts(dataDir: string, username: string, nowMs: number): void {
  const entry = readLockedAttempts(dataDir)[username]
  if (!entry) return
  const gate = loginGate({
    failedAttempts: entry.failed,
    lastFailedAt: entry.lastFailedAt,
    lockedAt: entry.lockedAt,
    now: nowMs,
  })
  if (gate.kind === 'locked') throw new AppError('ACCOUNT_LOCKED')
  if (gate.kind === 'wait')
    throw new AppError('TOO_MANY_ATTEMPTS', errorText.retryAfterSeconds(gate.seconds))
}

/** Names kept at most: unknown names are counted too (for the audit log), not without end. */
const MAX_NAMES = 100

/**
 * Counts one more failure and returns the refusal to give (its message says what is left).
 * Unknown names are counted like known ones, as they would be audited once the database
 * is open; the key file names its users, so this tells nobody which names exist.
 */
export function countLockedAttempt(dataDir: string, username: string, nowIso: string): AppError {
  const all = readLockedAttempts(dataDir)
  const failed = (all[username]?.failed ?? 0) + 1
  const lockedAt = all[username]?.lockedAt ?? (failed >= LOCK_AFTER ? nowIso : null)
  if (all[username] || Object.keys(all).length < MAX_NAMES)
    save(dataDir, { ...all, [username]: { failed, lastFailedAt: nowIso, lockedAt } })
  if (lockedAt) return new AppError('ACCOUNT_LOCKED')
  return new AppError(
    'BAD_CREDENTIALS',
    failed >= FREE_ATTEMPTS ? errorText.attemptsLeft(LOCK_AFTER - failed) : undefined,
  )
}

/** Once the counts are in the opened database's users table. */
export function clearLockedAttempts(dataDir: string): void {
  rmSync(path(dataDir), { force: true })
}
