import { activitiesContract } from './activities'
import { auditContract } from './audit'
import { crossUnitContract } from './crossUnit'
import { authContract } from './auth'
import { dictionariesContract } from './dictionaries'
import { downwardContract } from './downward'
import { documentsContract } from './documents'
import { exportsContract } from './exports'
import { importsContract } from './imports'
import { personsContract } from './persons'
import { printContract } from './print'
import { recoveryContract } from './recovery'
import { backupsContract } from './backups'
import { reportsContract } from './reports'
import type { InputOf, OutputOf } from './procedure'
import { organizationsContract } from './organizations'
import { packagesContract } from './packages'
import { packagesBoardContract } from './packagesBoard'
import { settingsContract } from './settings'
import { statisticsContract } from './statistics'
import { suggestionsContract } from './suggestions'
import { suggestionImportContract } from './suggestionImport'
import { setupContract } from './setup'
import { systemContract } from './system'
import { unitsContract } from './units'
import { usersContract } from './users'
import { workContract } from './work'

/** Every procedure of the app, declared once. Shells and the renderer client derive from this. */
export const contract = {
  ...systemContract,
  ...setupContract,
  ...authContract,
  ...recoveryContract,
  ...backupsContract,
  ...usersContract,
  ...auditContract,
  ...settingsContract,
  ...statisticsContract,
  ...personsContract,
  ...crossUnitContract,
  ...dictionariesContract,
  ...organizationsContract,
  ...activitiesContract,
  ...documentsContract,
  ...printContract,
  ...importsContract,
  ...exportsContract,
  ...suggestionsContract,
  ...suggestionImportContract,
  ...workContract,
  ...unitsContract,
  ...packagesContract,
  ...downwardContract,
  ...packagesBoardContract,
  ...reportsContract,
}

export type Contract = typeof contract
export type Method = keyof Contract
export type Input<M extends Method> = InputOf<Contract[M]>
export type Output<M extends Method> = OutputOf<Contract[M]>

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** Server → renderer notifications. */
export interface Events {
  'session.changed': { reason: 'locked' | 'unlocked' | 'signedOut' | 'signedIn' }
  /** A backup was restored: every session ended, their screens go to sign-in at once. */
  'database.replaced': Record<string, never>
  progress: {
    task: string
    done: number
    total: number
    /** The part under way when the work has parts (a package's table being applied). */
    part?: { name: string; done: number; total: number }
  }
}
export type EventName = keyof Events
export const EVENT_NAMES = [
  'session.changed',
  'database.replaced',
  'progress',
] as const satisfies EventName[]

export type * from './system'
export type * from './recovery'
export type * from './backups'
export type * from './users'
export type * from './audit'
export type * from './settings'
export type * from './statistics'
export type * from './persons'
export type * from './dictionaries'
export type * from './imports'
export type * from './exports'
export type * from './organizations'
export type * from './activities'
export type * from './documents'
export type * from './print'
export type * from './suggestions'
export type * from './units'
export type * from './packages'
export type * from './downward'
export type * from './packagesBoard'
export type * from './reports'
export type { Role, Access } from './roles'
export type { ApiResult, ApiError, ErrorCode } from './result'
