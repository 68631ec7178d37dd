import type { OpenedDatabase } from '../../db/open'
import { addFailedAttempts } from '../../db/repos/users'
import { maskUsername } from '../../shared/privacy/mask'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { appendAudit } from '../services/audit/auditLog'
import { LOCK_AFTER } from '../services/auth/lockout'
import type { Clock } from '../services/clock'
import { clearLockedAttempts, readLockedAttempts } from './lockedAttempts'

/**
 * The wrong passwords counted beside the key file while the database was closed join the
 * users table and the audit log once a sign-in opens it.
 */
export async function foldLockedAttempts(
  dataDir: string,
  database: OpenedDatabase,
  clock: Clock,
): Promise<void> {
  const attempts = readLockedAttempts(dataDir)
  for (const [username, a] of Object.entries(attempts)) {
    const userId = await addFailedAttempts(database.db, username, a, LOCK_AFTER, clock.nowIso())
    appendAudit(
      database.sqlite,
      {
        action: 'auth.login',
        object_type: 'user',
        object_id: userId ?? null,
        result: 'failed',
        detail: dataAtRestText.failedWhileLocked(maskUsername(username), a.failed, a.lastFailedAt),
        user_id: null,
        username: null,
      },
      clock.nowIso(),
    )
  }
  clearLockedAttempts(dataDir)
}
