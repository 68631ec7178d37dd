import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Input, Method, Output } from '../../shared/contract'
import { createCore, type Core } from '../../electron/core/core'
import { SessionSlot } from '../../electron/core/session'
import { TEST_SCRYPT } from '../../electron/services/auth/testScrypt'

export { TEST_SCRYPT } from '../../electron/services/auth/testScrypt'
/** For tests that open a database file directly: random per run, like a real installation's. */
export const TEST_DATABASE_KEY = randomBytes(32)
export const ADMIN = { username: 'admin', displayName: '管理员', password: 'Passw0rd-admin' }
export const UNIT = { code: '330621', name: '示例县委统战部' }

export interface TestCore {
  core: Core
  dir: string
  slot: SessionSlot
  /** Calls a procedure and returns its value, or throws with the error's code and message. */
  ok<M extends Method>(method: M, input: Input<M>, slot?: SessionSlot): Promise<Output<M>>
  cleanup(): void
}

/** Another start on an existing data directory, as the app or the CLI makes it. */
export function startTestCore(dir: string): Promise<Core> {
  return createCore(
    { dataDir: dir, appVersion: '0.0.0-test', shell: 'test', scrypt: TEST_SCRYPT },
    { mounts: [] },
  )
}

export async function makeTestCore(opts: { dir?: string; init?: boolean } = {}): Promise<TestCore> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'xinlian-test-'))
  const core = await createCore(
    { dataDir: dir, appVersion: '0.0.0-test', shell: 'test', scrypt: TEST_SCRYPT },
    { mounts: [] },
  )
  const slot = new SessionSlot()
  const ok = async <M extends Method>(method: M, input: Input<M>, s: SessionSlot = slot) => {
    const r = await core.call(s, method, input)
    if (!r.ok)
      throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code })
    return r.value
  }
  if (opts.init !== false) await ok('setup.init', { unit: UNIT, admin: ADMIN })
  return {
    core,
    dir,
    slot,
    ok,
    cleanup: () => {
      core.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
