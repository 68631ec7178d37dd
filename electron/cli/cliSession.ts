import type { Input, Method, Output as ProcOutput } from '../../shared/contract'
import type { SessionInfo, SystemStatus } from '../../shared/contract/system'
import { cli } from '../../shared/i18n/cli'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { createCore, type Core } from '../core/core'
import { SessionSlot } from '../core/session'
import { requireExistingDatabase, resolveDataDir } from './dataDir'
import { apiFailure, CliError, EXIT } from './errors'
import { passwordFromEnv } from './password'
import { appVersion } from './paths'
import { scryptForTests } from '../services/auth/testScrypt'

/** One command's connection to the core: the CLI is a caller like any window. */
export interface CliSession {
  core: Core
  slot: SessionSlot
  /** Calls a procedure through the dispatcher; an error answer becomes a CliError. */
  call<M extends Method>(
    method: M,
    input: Input<M>,
    optionOf?: Record<string, string>,
  ): Promise<ProcOutput<M>>
  /** The data directory must hold an initialized installation. */
  requireInitialized(): Promise<SystemStatus>
  /** Signs in through auth.login, so failures count toward lockout and are audited. */
  signIn(username: string, password: string): Promise<SessionInfo>
  /**
   * A read-only session for figures that show no personal data (a count). Only for a
   * database that is open without a password (a plain one from before encryption): an
   * encrypted one needs --user, since only a password unwraps its key.
   */
  readAsLocalViewer(): void
  /** --user given: sign in as that user; else the read-only local viewer. */
  signInOrView(username: string | undefined, env: NodeJS.ProcessEnv): Promise<void>
  close(): void
}

export interface OpenOptions {
  dataDir: string
  /** false only for init, which creates the database. */
  mustExist: boolean
  shell?: SystemStatus['shell']
}

export async function openCliSession(opts: OpenOptions): Promise<CliSession> {
  if (opts.mustExist) requireExistingDatabase(opts.dataDir)
  const cheap = scryptForTests(process.env)
  const core = await createCore({
    dataDir: opts.dataDir,
    appVersion: appVersion(),
    shell: opts.shell ?? 'cli',
    ...(cheap ? { scrypt: cheap } : {}),
  })
  const slot = new SessionSlot()

  const call: CliSession['call'] = async (method, input, optionOf) => {
    const r = await core.call(slot, method, input)
    if (!r.ok) throw apiFailure(r.error, optionOf)
    return r.value
  }

  const session: CliSession = {
    core,
    slot,
    call,
    requireInitialized: async () => {
      const status = await call('system.status', {})
      if (!status.initialized) {
        throw new CliError(cli.errors.notInitialized, EXIT.failed, 'NOT_INITIALIZED')
      }
      return status
    },
    signIn: (username, password) =>
      call(
        'auth.login',
        { username, password },
        { username: '--user', password: 'XINLIAN_PASSWORD' },
      ),
    readAsLocalViewer: () => {
      // Encrypted: without a password there is no key, so not even a count can be read.
      if (core.locked) throw new CliError(dataAtRestText.cliNeedsUser, EXIT.failed, 'NOT_SIGNED_IN')
      slot.set({
        userId: 'local-cli',
        username: cli.localViewer,
        displayName: cli.localViewer,
        role: 'viewer',
        locked: false,
        mustChangePassword: false,
        lastActivity: core.clock.nowMs(),
      })
    },
    signInOrView: async (username, env) => {
      if (username) await session.signIn(username, passwordFromEnv(env))
      else session.readAsLocalViewer()
    },
    close: () => core.close(),
  }
  return session
}

/** Opens a session, runs `fn`, and always closes the database again. */
export async function withCliSession<T>(
  opts: OpenOptions,
  fn: (s: CliSession) => Promise<T>,
): Promise<T> {
  const session = await openCliSession(opts)
  try {
    return await fn(session)
  } finally {
    // An import's checkpoint, folded in a worker, finishes rather than being cut off.
    await session.core.walFolds.idle()
    session.close()
  }
}

/**
 * A command that reads personal data or changes anything: an initialized data directory and
 * the --user signed in with XINLIAN_PASSWORD (checked before the database is opened).
 */
export async function withSignedInUser<T>(
  options: { 'data-dir'?: string; user?: string },
  env: NodeJS.ProcessEnv,
  fn: (s: CliSession) => Promise<T>,
): Promise<T> {
  const dataDir = resolveDataDir(options['data-dir'], env)
  const password = passwordFromEnv(env)
  return withCliSession({ dataDir, mustExist: true }, async (s) => {
    await s.requireInitialized()
    await s.signIn(options.user!, password)
    return fn(s)
  })
}
