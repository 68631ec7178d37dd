import { create } from 'zustand'
import type { SystemStatus } from '../../../shared/contract'
import { call } from '../api/client'

export interface SessionState {
  /** What the core last said about this installation and who is signed in. */
  status: SystemStatus | null
  /** Why the status could not be read (the core is gone, the launch token expired). */
  loadError: string | null
  /** Why the sign-in screen is shown, when the core ended the session (a restore). */
  notice: string | null
  /** Asks the core again; the screen shown follows from the answer. */
  refresh(): Promise<void>
}

// Answers can arrive out of order (an event and a failed call refreshing at once):
// only the answer to the latest question counts.
let latestRequest = 0

export const useSession = create<SessionState>()((set) => ({
  status: null,
  loadError: null,
  notice: null,
  async refresh() {
    const request = ++latestRequest
    try {
      const status = await call('system.status', {})
      if (request === latestRequest) set({ status, loadError: null })
    } catch (e) {
      if (request === latestRequest) set({ loadError: (e as Error).message })
    }
  },
}))

export const refreshSession = (): Promise<void> => useSession.getState().refresh()
