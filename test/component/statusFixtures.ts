import type { SessionInfo, SystemStatus, UnitInfo } from '../../shared/contract'

export const UNIT: UnitInfo = {
  id: 'unit-1',
  code: '330621',
  name: '示例县委统战部',
  level: 'county',
}

export function session(over: Partial<SessionInfo> = {}): SessionInfo {
  return {
    userId: 'user-1',
    username: 'wangfang',
    displayName: '王芳',
    role: 'admin',
    locked: false,
    mustChangePassword: false,
    ...over,
  }
}

export function status(over: Partial<SystemStatus> = {}): SystemStatus {
  return {
    initialized: true,
    databaseLocked: false,
    recoveryKeyPending: false,
    appVersion: '0.1.0',
    schemaVersion: 1,
    unit: UNIT,
    session: null,
    idleLockMinutes: 15,
    shell: 'test',
    ...over,
  }
}
