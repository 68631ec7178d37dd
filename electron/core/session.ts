import type { Role } from '../../shared/contract/roles'
import type { SessionInfo } from '../../shared/contract/system'

export interface Session {
  userId: string
  username: string
  displayName: string
  role: Role
  locked: boolean
  mustChangePassword: boolean
  lastActivity: number
}

/**
 * Who is signed in on one connection: the desktop window, the web shell launch, or a CLI
 * command. Held by the shell, handed to handlers through the context.
 */
export class SessionSlot {
  private current: Session | null = null

  get(): Session | null {
    return this.current
  }

  set(session: Session | null): void {
    this.current = session
  }

  info(): SessionInfo | null {
    const s = this.current
    if (!s) return null
    return {
      userId: s.userId,
      username: s.username,
      displayName: s.displayName,
      role: s.role,
      locked: s.locked,
      mustChangePassword: s.mustChangePassword,
    }
  }
}
