import { join } from 'node:path'
import type { ApiResult } from '../../shared/contract/result'
import type { Input, Method, Output } from '../../shared/contract'
import { DATABASE_FILE, openDatabase, type OpenedDatabase, type OpenOptions } from '../../db/open'
import { lastHlc } from '../../db/repos/changeLog'
import { handlers } from '../handlers'
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_KEY } from '../handlers/settings'
import { appendAudit } from '../services/audit/auditLog'
import { checkpointMoment, takeDailyCheckpoint } from '../services/audit/checkpoints/takeCheckpoint'
import { systemClock, type Clock } from '../services/clock'
import { fileLogger, type Logger } from '../services/logger'
import type { AppConfig } from './config'
import type { AppFiles, CoreServices, HandlerContext } from './context'
import { createDispatcher } from './dispatch'
import { EventBus } from './events'
import { RunningJobs } from './longWork'
import type { SessionSlot } from './session'

export interface Core {
  config: AppConfig
  files: AppFiles
  database: OpenedDatabase
  clock: Clock
  log: Logger
  events: EventBus
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

export function appFiles(dataDir: string): AppFiles {
  return { dataDir, backupsDir: join(dataDir, 'backups'), logsDir: join(dataDir, 'logs') }
}

/** Opens the data directory and wires the handlers: the one core every shell stands on. */
export async function createCore(
  config: AppConfig,
  openOpts: OpenOptions = {},
  services: CoreServices = {},
): Promise<Core> {
  const files = appFiles(config.dataDir)
  const database = await openDatabase(join(config.dataDir, DATABASE_FILE), openOpts)
  const log = fileLogger(join(files.logsDir, 'xinlian.log'))
  const clock = systemClock(await lastHlc(database.db))
  const events = new EventBus()
  const jobs = new RunningJobs()
  const idleStmt = database.sqlite.prepare('SELECT value FROM settings WHERE key = ?')

  function context(slot: SessionSlot, note: HandlerContext['note']): HandlerContext {
    return {
      db: database.db,
      sqlite: database.sqlite,
      clock,
      session: slot,
      files,
      log,
      config,
      note,
      audit: ({ user, ...entry }) =>
        appendAudit(
          database.sqlite,
          { ...entry, user_id: user?.userId ?? null, username: user?.username ?? null },
          clock.nowIso(),
        ),
      emit: (event, payload) => events.emit(event, payload),
      jobs,
      ...(services.print ? { print: services.print } : {}),
    }
  }

  const dispatch = createDispatcher({
    handlers,
    context,
    idleLockMs: () => {
      const row = idleStmt.get(IDLE_LOCK_KEY) as { value: string } | undefined
      const minutes = Number(row?.value ?? DEFAULT_IDLE_LOCK_MINUTES)
      return (minutes > 0 ? minutes : DEFAULT_IDLE_LOCK_MINUTES) * 60_000
    },
  })

  log.info(`opened ${database.path} (${config.shell}, v${config.appVersion})`)
  try {
    takeDailyCheckpoint(database.sqlite, checkpointMoment(clock))
  } catch (e) {
    // A missed daily checkpoint weakens the evidence a little; refusing to start is worse.
    log.error('daily audit checkpoint failed', e)
  }
  return {
    config,
    files,
    database,
    clock,
    log,
    events,
    dispatch,
    call: (slot, method, input) => dispatch(slot, method, input) as never,
    close: () => database.close(),
  }
}
