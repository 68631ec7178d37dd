import { createCore, type Core, type CoreOpenOptions } from '../../electron/core/core'
import type { HandlerContext } from '../../electron/core/context'
import { SessionSlot } from '../../electron/core/session'
import { RunningJobs } from '../../electron/core/longWork'
import type { Input, Method, Output } from '../../shared/contract'

export const BENCH_ADMIN = { username: 'admin', displayName: '管理员', password: 'Passw0rd-bench' }
export const BENCH_UNIT = { code: '330621', name: '示例县委统战部' }
/** Cheap scrypt: sign-in cost is not what the bench measures. */
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 }

export interface BenchCore {
  core: Core
  slot: SessionSlot
  /** core.call, throwing on an error result: a failing procedure fails the bench. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>
  close(): void
}

/** Opens a data directory as the shells do (createCore), with no network-share check. */
export async function openBenchCore(dir: string, open: CoreOpenOptions = {}): Promise<BenchCore> {
  const core = await createCore(
    { dataDir: dir, appVersion: 'bench', shell: 'cli', scrypt: SCRYPT },
    { mounts: [], ...open },
  )
  const slot = new SessionSlot()
  return {
    core,
    slot,
    async call(method, input) {
      const r = await core.call(slot, method, input)
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
      return r.value
    },
    close: () => core.close(),
  }
}

/** A new installation: unit and admin created, the admin signed in. */
export async function initialize(b: BenchCore): Promise<void> {
  await b.call('setup.init', { unit: BENCH_UNIT, admin: BENCH_ADMIN })
}

export async function signIn(b: BenchCore): Promise<void> {
  await b.call('auth.login', { username: BENCH_ADMIN.username, password: BENCH_ADMIN.password })
}

export function siteIdOf(b: BenchCore): string {
  return b.core.database.sqlite
    .prepare('SELECT id FROM units WHERE is_self = 1')
    .pluck()
    .get() as string
}

/**
 * A handler context for calling a service directly (the export), built as core.ts builds
 * one; audit notes go nowhere, since nothing is dispatched.
 */
export function serviceContext(b: BenchCore): HandlerContext {
  const { core } = b
  return {
    db: core.database.db,
    sqlite: core.database.sqlite,
    clock: core.clock,
    session: b.slot,
    files: core.files,
    log: core.log,
    config: core.config,
    note: () => undefined,
    keys: core.keys,
    audit: () => undefined,
    emit: () => undefined,
    jobs: new RunningJobs(),
    backupRuns: core.backupRuns,
    walFolds: core.walFolds,
  }
}
