import type { ApiResult } from '../../shared/contract/result'
import { SCHEMA_VERSION } from '../../db/migrations'
import { DEFAULT_IDLE_LOCK_MINUTES } from '../handlers/settings'
import { AppError } from './appError'
import type { AppConfig } from './config'

/**
 * What a locked core (an encrypted database no password has opened yet) answers a call:
 * its status says set up and locked, everything else waits for a sign-in.
 */
export function lockedAnswer(method: string, config: AppConfig): ApiResult<unknown> {
  // Key slots of users exist only once setup has run.
  if (method === 'setup.init')
    return { ok: false, error: new AppError('ALREADY_INITIALIZED').toApiError() }
  if (method !== 'system.status')
    return { ok: false, error: new AppError('NOT_SIGNED_IN').toApiError() }
  return {
    ok: true,
    value: {
      initialized: true,
      databaseLocked: true,
      recoveryKeyPending: false,
      appVersion: config.appVersion,
      schemaVersion: SCHEMA_VERSION,
      unit: null,
      session: null,
      idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
      shell: config.shell,
    },
  }
}
