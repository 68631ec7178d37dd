import { create } from 'zustand'

interface RecoveryKeyState {
  /** The key being shown: once, until the user types its last group. Never stored anywhere. */
  recoveryKey: string | null
  /** Setup has run and its key is being fetched: the setup screen stays until it is shown. */
  pending: boolean
  expect(): void
  show(recoveryKey: string): void
  done(): void
}

export const useRecoveryKey = create<RecoveryKeyState>()((set) => ({
  recoveryKey: null,
  pending: false,
  expect: () => set({ pending: true }),
  show: (recoveryKey) => set({ recoveryKey, pending: false }),
  done: () => set({ recoveryKey: null, pending: false }),
}))
