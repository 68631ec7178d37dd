import type BetterSqlite3 from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { basename } from 'node:path'
import { readKeySlots } from '../../../db/atRest/keyRing'
import { sealKeySlots, type KeySlotsFile } from '../../../db/atRest/keySlots'
import type { BackupInspection, RestoreOutcome } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import type { ReplaceDatabase } from '../../core/context'
import { appendAudit } from '../audit/auditLog'
import type { Logger } from '../logger'
import { requireFullPackage } from '../packages/export/fullAfterRestore'
import { databaseFacts } from './backupFacts'
import { keepDamagedDatabase } from './keepDamagedDatabase'
import { makeBackup } from './backupStore'
import { openBackup, type BackupSecret, type OpenedBackup } from './openBackup'

export interface RestoreEnv {
  /** The open database (today's). */
  sqlite: BetterSqlite3.Database
  dataDir: string
  backupsDir: string
  appVersion: string
  nowMs: number
  user: { userId: string; username: string }
  replaceDatabase: ReplaceDatabase
  log?: Logger
}

function sameUnit(a: OpenedBackup['manifest']['unit'], b: OpenedBackup['manifest']['unit']) {
  return !a || !b || a.code === b.code
}

function inspection(name: string, opened: OpenedBackup, sqlite: BetterSqlite3.Database) {
  const today = databaseFacts(sqlite)
  return {
    name,
    manifest: opened.manifest,
    today,
    sameUnit: sameUnit(opened.manifest.unit, today.unit),
    integrity: 'ok' as const,
  }
}

/** What a backup holds beside today, after checking it through; nothing is changed. */
export async function inspectBackup(
  env: Pick<RestoreEnv, 'sqlite' | 'dataDir'>,
  path: string,
  secret: BackupSecret,
): Promise<BackupInspection> {
  const opened = await openBackup(path, basename(path), secret, env.dataDir)
  rmSync(opened.snapshot, { force: true })
  return inspection(basename(path), opened, env.sqlite)
}

/**
 * A backup of this installation keeps today's recovery slot: the recovery key printed last
 * is the one that works, whichever backup is restored.
 */
function keysToRestore(opened: OpenedBackup, dataDir: string, secret: BackupSecret) {
  if (!opened.keys || !opened.key || !secret.currentKey?.equals(opened.key)) return opened.keys
  const today = readKeySlots(dataDir)
  const recovery = today?.slots.find((s) => s.kind === 'recovery')
  if (!recovery) return opened.keys
  const slots = [...opened.keys.slots.filter((s) => s.kind !== 'recovery'), recovery]
  return sealKeySlots(slots, opened.key) satisfies KeySlotsFile
}

/**
 * 从备份恢复: check the backup through, refuse another unit's unless confirmed, back up
 * today's database, swap, reopen, then the audit row and the next-package-full marker go
 * into the restored database (the history of how it came to be there is its own).
 */
export async function restoreBackup(
  env: RestoreEnv,
  path: string,
  secret: BackupSecret,
  confirmOtherUnit: boolean,
): Promise<RestoreOutcome> {
  const name = basename(path)
  const opened = await openBackup(path, name, secret, env.dataDir)
  try {
    const seen = inspection(name, opened, env.sqlite)
    if (!seen.sameUnit && !confirmOtherUnit) {
      throw new AppError(
        'CONFLICT',
        backupsText.otherUnit(
          `${opened.manifest.unit?.code} ${opened.manifest.unit?.name}`,
          `${seen.today.unit?.code} ${seen.today.unit?.name}`,
        ),
      )
    }
    const safetyName = await safetyCopy(env, secret.currentKey)
    const keys = keysToRestore(opened, env.dataDir, secret)
    await env.replaceDatabase({
      snapshot: opened.snapshot,
      keys,
      key: opened.key,
      settle: (restored) => {
        const at = restored.clock.nowIso()
        requireFullPackage(restored.sqlite, at)
        appendAudit(
          restored.sqlite,
          {
            action: 'backups.restore',
            object_type: 'backup',
            object_id: null,
            result: 'ok',
            detail: backupsText.restoreAudit(name, opened.manifest.createdAt, safetyName),
            user_id: env.user.userId,
            username: env.user.username,
          },
          at,
        )
      },
    })
    return { restoredFrom: name, safetyBackup: safetyName }
  } finally {
    rmSync(opened.snapshot, { force: true })
  }
}

/**
 * Today's database backed up before it is replaced. When the backup refuses it for a damaged
 * or altered page, its files are kept as they are instead (keepDamagedDatabase.ts): the
 * restore is how that page is repaired, and it is not stopped by it.
 */
async function safetyCopy(env: RestoreEnv, key: Buffer | null): Promise<string> {
  try {
    const safety = await makeBackup({
      sqlite: env.sqlite,
      key,
      backupsDir: env.backupsDir,
      appVersion: env.appVersion,
      nowMs: env.nowMs,
      kind: 'beforeRestore',
      ...(env.log ? { log: env.log } : {}),
    })
    return basename(safety.path)
  } catch (e) {
    const kept = keepDamagedDatabase(env.sqlite, key, env.dataDir, env.backupsDir, env.nowMs)
    if (!kept) throw e
    env.log?.error('the safety backup before a restore refused a damaged page; files kept', e)
    return kept
  }
}
