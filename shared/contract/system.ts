import { z } from 'zod'
import { procedure } from './procedure'
import type { Role } from './roles'
import type { UnitLevel } from '../units/regionCode'

export interface UnitInfo {
  id: string
  code: string
  name: string
  level: UnitLevel
}

export interface SessionInfo {
  userId: string
  username: string
  displayName: string
  role: Role
  locked: boolean
  mustChangePassword: boolean
}

export interface SystemStatus {
  initialized: boolean
  /**
   * Initialised, but no password has opened the encrypted database since this start: only
   * sign-in (or the recovery key) can go on. Told from xinlian.keys without the database.
   */
  databaseLocked: boolean
  /**
   * The database was moved to encryption at a sign-in and no administrator has been shown
   * its recovery key yet: the next one is, before the main window (recoveryKeyPending.ts).
   */
  recoveryKeyPending: boolean
  appVersion: string
  schemaVersion: number
  unit: UnitInfo | null
  session: SessionInfo | null
  idleLockMinutes: number
  /** Which face answers: desktop app, local web shell. */
  shell: 'electron' | 'web' | 'cli' | 'test'
}

export const systemContract = {
  'system.status': procedure<SystemStatus>()({ input: z.strictObject({}), access: 'public' }),
}
