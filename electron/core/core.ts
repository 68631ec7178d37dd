import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiResult } from '../../shared/contract/result'
import type { Input, Method, Output } from '../../shared/contract'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { KeyRing, keySlotsPath, unwrapForRecovery, unwrapForUser } from '../../db/atRest/keyRing'
import { keepPrivate, privateFolder } from '../../db/privateFiles'
import { DatabaseOpenError } from '../../db/errors'
import { swapInEncrypted } from '../../db/atRest/encryptPlain'
import { encryptMeter, runEncryptWorker } from '../services/atRest/runEncryptWorker'
import { DATABASE_FILE, openDatabase, type OpenedDatabase, type OpenOptions } from '../../db/open'
import { lastHlc } from '../../db/repos/changeLog'
import { checkpointMoment, takeDailyCheckpoint } from '../services/audit/checkpoints/takeCheckpoint'
import { DEFAULT_SCRYPT } from '../services/auth/password'
import { systemClock, type Clock } from '../services/clock'
import { fileLogger, type Logger } from '../services/logger'
import { AppError } from './appError'
import type { AppConfig } from './config'
import type { AppFiles, CoreServices, ReplaceDatabase } from './context'
import { dataDirState } from './dataDirState'
import { recoverInterruptedRestore, swapInBackup } from '../services/backup/swapDatabase'
import { sweepStalePartials } from '../services/backup/stalePartials'
import { lifecycleBackup } from '../services/backup/autoBackup'
import { BackupRuns } from '../services/backup/backupRuns'
import { runWalFoldWorker } from '../services/walFold/runWalFoldWorker'
import { processHeapReturn } from './heapReturn'
import { WalFolds } from '../services/walFold/walFolds'
import { encryptFailedMessage } from './encryptFailure'
import { checkLockedAttempts, countLockedAttempt } from './lockedAttempts'
import { liveDispatcher } from './liveDispatcher'
import { foldLockedAttempts } from './foldLockedAttempts'
import { markRecoveryKeyPending } from '../services/atRest/recoveryKeyPending'
import { holdAppLock } from './appLock'
import { lockedAnswer } from './lockedAnswer'
import { ReplacedSessions } from './replacedSessions'
import { EventBus } from './events'
import { RunningJobs } from './longWork'
import type { SessionSlot } from './session'

export interface Core {
  config: AppConfig
  files: AppFiles
  /** Throws while the core is locked (an encrypted database no password has opened yet). */
  readonly database: OpenedDatabase
  readonly clock: Clock
  log: Logger
  events: EventBus
  /** True until a sign-in unwraps the database key. */
  readonly locked: boolean
  /** The key slots of the open database; null for a plain database from before encryption. */
  readonly keys: KeyRing | null
  /** Opens a locked database with the recovery key instead of a password (all forgotten). */
  unlockWithRecoveryKey(recoveryKey: string): Promise<ApiResult<null>>
  /** Swaps a checked backup in for the open database and opens it (restore). */
  replaceDatabase: ReplaceDatabase
  /** Backups one at a time, the daily one in the background: its state and `idle()`. */
  readonly backupRuns: BackupRuns
  /** The WAL checkpoints after bulk writes, in a worker: `idle()` once they are done. */
  readonly walFolds: WalFolds
  /** The backup on quit (desktop and web shells), before `close`. */
  backupOnQuit(): Promise<void>
  /** Shown once by setup: the recovery key of an installation created by this start. */
  takeRecoveryKey(): string | null
  /** The untyped entry the shells use: method name and input straight off the wire. */
  dispatch(slot: SessionSlot, method: string, input: unknown): Promise<ApiResult<unknown>>
  /** The typed entry for in-process callers (CLI, tests). */
  call<M extends Method>(
    slot: SessionSlot,
    method: M,
    input: Input<M>,
  ): Promise<ApiResult<Output<M>>>
  close(): void
}

export type CoreOpenOptions = Omit<OpenOptions, 'key'>

export function appFiles(dataDir: string): AppFiles {
  return { dataDir, backupsDir: join(dataDir, 'backups'), logsDir: join(dataDir, 'logs') }
}

/**
 * A locked core opens the database (which tightens its files) only at sign-in: a folder an
 * older version left readable by everyone is tightened at start all the same.
 */
function tightenDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) return
  privateFolder(dataDir)
  const db = join(dataDir, DATABASE_FILE)
  keepPrivate(db, `${db}-wal`, `${db}-shm`, keySlotsPath(dataDir))
}

interface Live {
  database: OpenedDatabase
  clock: Clock
  keys: KeyRing | null
  dispatch: Core['dispatch']
}

/**
 * The one core every shell stands on. An encrypted data directory starts locked: the
 * database stays closed, and the first sign-in whose password unwraps its slot opens it
 * (then signs in as always). A new installation gets its random key at once.
 */
export async function createCore(
  config: AppConfig,
  openOpts: CoreOpenOptions = {},
  services: CoreServices = {},
): Promise<Core> {
  const files = appFiles(config.dataDir)
  const log = fileLogger(join(files.logsDir, 'xinlian.log'))
  const events = new EventBus()
  const jobs = new RunningJobs()
  const walFolds = new WalFolds(runWalFoldWorker, () => live?.keys?.key ?? null, log)
  // The heap pages a large call leaves pooled, given back once the app is idle.
  const heapReturn = processHeapReturn()
  // A backup's pinned copy needs the WAL folded: it waits for a fold under way.
  const backupRuns = new BackupRuns(
    (progress) => events.emit('progress', progress),
    undefined,
    () => walFolds.idle(),
  )
  const slotParams = config.scrypt ?? DEFAULT_SCRYPT
  if (recoverInterruptedRestore(config.dataDir))
    log.info('a restore stopped halfway was undone; the previous database is back')
  // Real time, not the app's clock: it is compared with the files' modification times.
  sweepStalePartials(files.backupsDir, Date.now(), log)
  tightenDataDir(config.dataDir)
  let state = dataDirState(config.dataDir)
  // The app's own starts and quits: a CLI command or a test is not a working day's start.
  const keepsLifecycleBackups = config.shell === 'electron' || config.shell === 'web'
  let recoveryKey: string | null = null
  let live: Live | null = null

  async function goLive(keys: KeyRing | null): Promise<Live> {
    const database = await openDatabase(join(config.dataDir, DATABASE_FILE), {
      ...openOpts,
      key: keys?.key ?? null,
      appVersion: config.appVersion,
    })
    // Still being written in the background: the backups after it (the day's first among
    // them) queue behind it, and 设置 → 备份 shows it under way or failed.
    if (database.preMigrationBackup)
      void backupRuns
        .run('beforeMigration', () => database.preMigrationBackupDone)
        .catch((e: unknown) => log.error('the backup before the migration failed', e))
    const clock = systemClock(await lastHlc(database.db))
    const dispatch = liveDispatcher({
      database,
      clock,
      keys,
      config,
      files,
      log,
      events,
      jobs,
      backupRuns,
      walFolds,
      heapReturn,
      replaceDatabase,
      services,
    })

    log.info(`opened ${database.path} (${config.shell}, v${config.appVersion})`)
    try {
      takeDailyCheckpoint(database.sqlite, checkpointMoment(clock))
    } catch (e) {
      // A missed daily checkpoint weakens the evidence a little; refusing to start is worse.
      log.error('daily audit checkpoint failed', e)
    }
    // Indexes a bulk write left to build when the app stopped: built beside the app now.
    walFolds.resume(database.sqlite, keys?.key ?? null)
    // Not awaited: the sign-in answers at once, the backup shows on 设置 → 备份 as it runs.
    if (keepsLifecycleBackups) void lifecycleBackup(lifecycle(database, keys, clock), 'daily')
    return { database, clock, keys, dispatch }
  }

  function lifecycle(database: OpenedDatabase, keys: KeyRing | null, clock: Clock) {
    return {
      sqlite: database.sqlite,
      key: keys?.key ?? null,
      backupsDir: files.backupsDir,
      appVersion: config.appVersion,
      nowMs: clock.nowMs(),
      log,
      runs: backupRuns,
    }
  }

  if (state.kind === 'fresh') {
    const created = await KeyRing.create(config.dataDir, slotParams)
    recoveryKey = created.recoveryKey
    live = await goLive(created.ring)
  } else if (state.kind === 'plain') {
    live = await goLive(null)
  }

  let unlocking: Promise<ApiResult<null>> | null = null
  /** The first sign-in to a plain database and its move to encryption, while under way. */
  let moving: Promise<unknown> | null = null

  /**
   * Opens the database with the key a user's password unwraps; nothing is opened otherwise.
   * Wrong passwords are counted beside the key file meanwhile (lockedAttempts.ts).
   */
  async function unlock(input: unknown): Promise<ApiResult<null>> {
    if (state.kind !== 'locked') return { ok: true, value: null }
    const { username, password } = (input ?? {}) as { username?: unknown; password?: unknown }
    if (typeof username !== 'string' || typeof password !== 'string')
      return { ok: false, error: new AppError('BAD_INPUT').toApiError() }
    try {
      checkLockedAttempts(config.dataDir, username, Date.now())
    } catch (e) {
      return { ok: false, error: (e as AppError).toApiError() }
    }
    const key = await unwrapForUser(state.keys, username, password)
    if (!key) {
      log.info('sign-in did not unwrap a database key')
      const refusal = countLockedAttempt(
        config.dataDir,
        username,
        new Date(Date.now()).toISOString(),
      )
      return { ok: false, error: refusal.toApiError() }
    }
    return openWith(key)
  }

  async function openWith(key: Buffer): Promise<ApiResult<null>> {
    if (state.kind !== 'locked') return { ok: true, value: null }
    try {
      live = await goLive(KeyRing.opened(config.dataDir, state.keys, key, slotParams))
    } catch (e) {
      if (!(e instanceof DatabaseOpenError)) throw e
      return { ok: false, error: new AppError('IO_ERROR', e.message).toApiError() }
    }
    await foldLockedAttempts(config.dataDir, live.database, live.clock)
    return { ok: true, value: null }
  }

  async function unlockWithRecoveryKey(recoveryKey: string): Promise<ApiResult<null>> {
    if (state.kind !== 'locked') return { ok: true, value: null }
    const key = await unwrapForRecovery(state.keys, recoveryKey)
    if (!key) {
      log.info('a recovery key did not unwrap the database key')
      return {
        ok: false,
        error: new AppError('BAD_CREDENTIALS', dataAtRestText.recoveryKeyWrong).toApiError(),
      }
    }
    return openWith(key)
  }

  const replacedSessions = new ReplacedSessions()

  const dispatch: Core['dispatch'] = async (slot, method, input) => {
    replacedSessions.endIfReplaced(slot)
    const answer = await dispatchLive(slot, method, input)
    replacedSessions.endIfReplaced(slot)
    return answer
  }

  const dispatchLive: Core['dispatch'] = async (slot, method, input) => {
    while (moving) await moving
    if (!live && method === 'auth.login') {
      unlocking ??= unlock(input).finally(() => (unlocking = null))
      const opened = await unlocking
      if (!opened.ok) return opened
    }
    if (!live && method === 'recovery.resetPassword') {
      const typed = (input as { recoveryKey?: unknown } | null)?.recoveryKey
      if (typeof typed !== 'string')
        return { ok: false, error: new AppError('BAD_INPUT').toApiError() }
      unlocking ??= unlockWithRecoveryKey(typed).finally(() => (unlocking = null))
      const opened = await unlocking
      if (!opened.ok) return opened
    }
    if (!live) return lockedAnswer(method, config)
    if (method === 'auth.login' && state.kind === 'plain') {
      const signingIn = signInAndMove(live, slot, input)
      // Waited on by other calls, never failing them: the sign-in's own caller gets its error
      // (and a rejection nobody awaits would end the process).
      moving = signingIn.catch(() => undefined).finally(() => (moving = null))
      return signingIn
    }
    return live.dispatch(slot, method, input)
  }

  /**
   * The first sign-in to a plain database, then its move to encryption. Every other call
   * waits for both (dispatchLive): the page that signed in must not see its session, and go
   * to the main window, while the database it would work on is being replaced — it stays on
   * the sign-in screen with the move's bar until the sign-in answers.
   */
  async function signInAndMove(
    opened: Live,
    slot: SessionSlot,
    input: unknown,
  ): Promise<ApiResult<unknown>> {
    const result = await opened.dispatch(slot, 'auth.login', input)
    if (!result.ok) return result
    const moved = await encryptPlain(slot, (input as { password: string }).password)
    if (!moved.ok) {
      // Working on in the plain file would hide that the data is still unprotected.
      slot.set(null)
      return moved
    }
    return result
  }

  /**
   * A plain database from before encryption moves over at its first sign-in, the one
   * moment a password is known to wrap the new key with. Order makes it kill-safe
   * (dataDirState.ts): checked encrypted copy, then the key file, then the swap.
   */
  async function encryptPlain(slot: SessionSlot, password: string): Promise<ApiResult<null>> {
    const session = slot.get()
    if (!session || !live) return { ok: true, value: null }
    const ring = KeyRing.unsaved(config.dataDir, slotParams)
    const dbPath = live.database.path
    // The start's daily backup may still be reading the plain file about to be replaced.
    await backupRuns.idle()
    await walFolds.idle()
    live.database.close()
    live = null
    // In a worker: the sign-in screen receives the move's progress meanwhile.
    const meter = encryptMeter(dbPath, (p) => events.emit('progress', p))
    try {
      await runEncryptWorker(dbPath, ring.key, (stage) => meter.enter(stage))
      recoveryKey = await ring.replaceRecoveryKey()
      await ring.setUserPassword(session, password)
    } catch (e) {
      // A full disk: the directory is put back as the order left it (the plain database
      // untouched, or the checked copy swapped in once a user slot made it to disk).
      meter.stop()
      log.error('encrypting the plain database failed', e)
      recoveryKey = null
      state = dataDirState(config.dataDir)
      if (state.kind !== 'plain') throw e
      live = await goLive(null)
      return { ok: false, error: new AppError('IO_ERROR', encryptFailedMessage(e)).toApiError() }
    }
    meter.enter('swap')
    swapInEncrypted(dbPath)
    state = dataDirState(config.dataDir)
    live = await goLive(ring)
    markRecoveryKeyPending(live.database.sqlite)
    meter.finish('swap')
    log.info(`encrypted ${dbPath}`)
    return { ok: true, value: null }
  }

  /**
   * A restore: the database closes, the checked snapshot and its key file take its place,
   * and the core opens it. Should it not open, the old files go back and open again.
   */
  async function replaceDatabase({
    snapshot,
    keys,
    key,
    settle,
  }: Parameters<ReplaceDatabase>[0]): ReturnType<ReplaceDatabase> {
    await backupRuns.idle()
    // No connection of a fold may hold the file as it is renamed away.
    await walFolds.idle()
    const previous = opened()
    previous.database.close()
    live = null
    const swapped = swapInBackup(config.dataDir, snapshot, keys)
    try {
      state = dataDirState(config.dataDir)
      const ring = keys && key ? KeyRing.opened(config.dataDir, keys, key, slotParams) : null
      live = await goLive(ring)
      settle({ sqlite: live.database.sqlite, clock: live.clock })
    } catch (e) {
      log.error('the restored database did not open; the previous one is back', e)
      live?.database.close()
      live = null
      swapped.rollback()
      state = dataDirState(config.dataDir)
      live = await goLive(previous.keys)
      throw e
    }
    swapped.finish()
    replacedSessions.replaced()
    events.emit('database.replaced', {})
  }

  function opened(): Live {
    if (!live) throw new AppError('NOT_SIGNED_IN')
    return live
  }

  const appLock = keepsLifecycleBackups ? holdAppLock(config.dataDir, config.shell) : null
  return {
    config,
    files,
    get database() {
      return opened().database
    },
    get clock() {
      return opened().clock
    },
    get locked() {
      return live === null
    },
    get keys() {
      return live?.keys ?? null
    },
    unlockWithRecoveryKey,
    replaceDatabase,
    backupRuns,
    walFolds,
    backupOnQuit: async () => {
      if (!live || !keepsLifecycleBackups) return
      await lifecycleBackup(lifecycle(live.database, live.keys, live.clock), 'quit')
    },
    takeRecoveryKey: () => {
      const k = recoveryKey
      recoveryKey = null
      return k
    },
    log,
    events,
    dispatch,
    call: (slot, method, input) => dispatch(slot, method, input) as never,
    close: () => {
      // Closing twice (a test's own close, then its cleanup) is not an error.
      const open = live
      live = null
      backupRuns.close()
      walFolds.close()
      open?.database.close()
      appLock?.release()
    },
  }
}
