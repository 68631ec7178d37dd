import type { OpenedDatabase } from '../../db/open'
import type { KeyRing } from '../../db/atRest/keyRing'
import { handlers } from '../handlers'
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_KEY } from '../handlers/settings'
import { appendAudit } from '../services/audit/auditLog'
import type { BackupRuns } from '../services/backup/backupRuns'
import type { WalFolds } from '../services/walFold/walFolds'
import type { Clock } from '../services/clock'
import type { Logger } from '../services/logger'
import type { AppConfig } from './config'
import type { AppFiles, CoreServices, HandlerContext, ReplaceDatabase } from './context'
import { createDispatcher } from './dispatch'
import type { EventBus } from './events'
import type { HeapReturn } from './heapReturn'
import type { RunningJobs } from './longWork'
import type { SessionSlot } from './session'

/** What every handler context of one open database shares. */
export interface LiveParts {
  database: OpenedDatabase
  clock: Clock
  keys: KeyRing | null
  config: AppConfig
  files: AppFiles
  log: Logger
  events: EventBus
  jobs: RunningJobs
  backupRuns: BackupRuns
  walFolds: WalFolds
  heapReturn: HeapReturn
  replaceDatabase: ReplaceDatabase
  services: CoreServices
}

/** The dispatcher over the handler map for one open database, with its idle lock setting. */
export function liveDispatcher(p: LiveParts) {
  const { database, clock } = p
  const idleStmt = database.sqlite.prepare('SELECT value FROM settings WHERE key = ?')

  function context(slot: SessionSlot, note: HandlerContext['note']): HandlerContext {
    return {
      db: database.db,
      sqlite: database.sqlite,
      clock,
      session: slot,
      files: p.files,
      log: p.log,
      config: p.config,
      note,
      keys: p.keys,
      audit: ({ user, ...entry }) =>
        appendAudit(
          database.sqlite,
          { ...entry, user_id: user?.userId ?? null, username: user?.username ?? null },
          clock.nowIso(),
        ),
      emit: (event, payload) => p.events.emit(event, payload),
      jobs: p.jobs,
      backupRuns: p.backupRuns,
      walFolds: p.walFolds,
      replaceDatabase: p.replaceDatabase,
      ...(p.services.print ? { print: p.services.print } : {}),
    }
  }

  return createDispatcher({
    handlers,
    context,
    beforeCall: () => p.heapReturn.callStarted(),
    // A bulk write's checkpoint, held off during its call, is folded once the call is over.
    afterCall: () => {
      p.walFolds.release()
      p.heapReturn.callEnded()
    },
    idleLockMs: () => {
      const row = idleStmt.get(IDLE_LOCK_KEY) as { value: string } | undefined
      const minutes = Number(row?.value ?? DEFAULT_IDLE_LOCK_MINUTES)
      return (minutes > 0 ? minutes : DEFAULT_IDLE_LOCK_MINUTES) * 60_000
    },
  })
}
