import type { SystemStatus } from '../../shared/contract/system'
import type { ScryptParams } from '../services/auth/password'

export interface AppConfig {
  dataDir: string
  appVersion: string
  shell: SystemStatus['shell']
  /** Cost of new password hashes; tests lower it, production uses the default. */
  scrypt?: ScryptParams
}
