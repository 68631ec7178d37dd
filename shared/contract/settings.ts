import { z } from 'zod'
import { procedure } from './procedure'
import { unitNameField } from './fields'
import type { UnitInfo } from './system'
import { jobIdField } from './work'

export interface AppSettings {
  idleLockMinutes: number
}

export interface BackupResult {
  path: string
  bytes: number
  integrity: 'ok'
  at: string
}

export const settingsContract = {
  'settings.get': procedure<AppSettings>()({ input: z.strictObject({}), access: 'viewer' }),
  'settings.update': procedure<AppSettings>()({
    input: z.strictObject({ idleLockMinutes: z.number().int().min(1).max(240) }),
    access: 'admin',
    audited: true,
  }),
  'units.rename': procedure<UnitInfo>()({
    input: z.strictObject({ name: unitNameField }),
    access: 'admin',
    audited: true,
  }),
  /**
   * Online backup into the data directory's backups folder; integrity-checked before named.
   * Long: the snapshot is written in a worker thread while every other call still answers.
   */
  'backup.create': procedure<BackupResult>()({
    input: z.strictObject({ jobId: jobIdField }),
    access: 'admin',
    audited: true,
    long: true,
  }),
  'backup.list': procedure<BackupResult[]>()({ input: z.strictObject({}), access: 'admin' }),
}
