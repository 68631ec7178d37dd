import type { Core } from '../../electron/core/core'
import { makeTestCore, startTestCore, type TestCore } from './testCore'

/**
 * Test cores that are closed and started again on the same directory, as the app and the
 * CLI do; `cleanup` (for afterEach) closes every core and removes every directory made.
 */
export function restartableCores() {
  const cleanups: (() => void)[] = []
  return {
    async setUp(): Promise<TestCore> {
      const t = await makeTestCore()
      cleanups.push(() => t.cleanup())
      return t
    },
    /** A second start on the same directory: closed before the directory is removed. */
    async restart(dir: string): Promise<Core> {
      const core = await startTestCore(dir)
      cleanups.unshift(() => core.close())
      return core
    },
    /** Runs `fn` at cleanup, after the cores are closed. */
    onCleanup(fn: () => void): void {
      cleanups.push(fn)
    },
    cleanup(): void {
      for (const c of cleanups.splice(0)) c()
    },
  }
}
