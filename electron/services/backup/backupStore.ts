import type BetterSqlite3 from 'better-sqlite3'
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type {
  BackupEntry,
  BackupKind,
  BackupLocation,
  BackupSettings,
} from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { writeFileSafely } from '../files/safeWrite'
import type { Logger } from '../logger'
import { backupDatabase, backupFileName, type BackupOptions, type BackupOutcome } from './backup'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { backupsToKeep } from './rotation'
import { checkXlbakBody, readXlbakHeader, XLBAK_EXTENSION } from './xlbakFile'

const SETTINGS_KEY = 'backup_settings'
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  daily: 7,
  weekly: 4,
  monthly: 12,
  secondDir: null,
}

export function readBackupSettings(sqlite: BetterSqlite3.Database): BackupSettings {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY)
  if (typeof row !== 'string') return DEFAULT_BACKUP_SETTINGS
  try {
    return { ...DEFAULT_BACKUP_SETTINGS, ...(JSON.parse(row) as Partial<BackupSettings>) }
  } catch {
    return DEFAULT_BACKUP_SETTINGS
  }
}

export function writeBackupSettings(sqlite: BetterSqlite3.Database, s: BackupSettings): void {
  sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(SETTINGS_KEY, JSON.stringify(s))
}

function entriesIn(dir: string | null, location: BackupLocation): BackupEntry[] {
  if (!dir || !existsSync(dir)) return []
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(XLBAK_EXTENSION) && !n.startsWith('.'))
  } catch {
    return []
  }
  return names.map((name) => {
    const path = join(dir, name)
    let manifest: BackupEntry['manifest'] = null
    try {
      manifest = readXlbakHeader(path).manifest
    } catch {
      // Listed all the same, as damaged: a person should see a file that will not restore.
    }
    return { name, location, bytes: statSync(path).size, manifest }
  })
}

export interface BackupPlaces {
  backupsDir: string
  secondDir: string | null
}

/** Newest first, both places; a file whose header cannot be read sorts by its name. */
export function listBackups(places: BackupPlaces): BackupEntry[] {
  const all = [...entriesIn(places.backupsDir, 'local'), ...entriesIn(places.secondDir, 'second')]
  const when = (e: BackupEntry) => e.manifest?.createdAt ?? e.name
  return all.sort((a, b) => when(b).localeCompare(when(a)))
}

/** The file a person picked from the list; a bare name, never a path. */
export function backupPath(places: BackupPlaces, name: string, location: BackupLocation): string {
  const dir = location === 'local' ? places.backupsDir : places.secondDir
  if (!dir) throw new AppError('BAD_INPUT', backupsText.secondDirUnset)
  const path = join(dir, basename(name))
  if (basename(name) !== name || !existsSync(path))
    throw new AppError('NOT_FOUND', backupsText.backupNotFound(name))
  return path
}

/**
 * Kept outside the rotation until a person deletes them: made by hand, or the way back from
 * a restore or an upgrade (rare, and the one copy of the data as it was before).
 */
const KEPT_KINDS: ReadonlySet<string> = new Set(['manual', 'beforeRestore', 'beforeMigration'])

/** Automatic backups beyond the rotation go. */
export function rotateBackups(dir: string, settings: BackupSettings, log?: Logger): string[] {
  const automatic = entriesIn(dir, 'local').filter(
    (e): e is BackupEntry & { manifest: NonNullable<BackupEntry['manifest']> } =>
      e.manifest !== null && !KEPT_KINDS.has(e.manifest.kind),
  )
  const keep = backupsToKeep(
    automatic.map((e) => ({
      name: e.name,
      createdAt: e.manifest.createdAt,
      kind: e.manifest.kind,
    })),
    settings,
  )
  const removed: string[] = []
  for (const e of automatic) {
    if (keep.has(e.name)) continue
    try {
      rmSync(join(dir, e.name))
      removed.push(e.name)
    } catch (err) {
      log?.error(`rotating out ${e.name} failed`, err)
    }
  }
  return removed
}

/** A finished backup copied to the second place, checked there before it gets its name. */
async function copyToSecond(
  outcome: BackupOutcome,
  secondDir: string,
  probe: FreeSpaceProbe,
): Promise<string> {
  if (!existsSync(secondDir))
    throw new AppError('NOT_FOUND', backupsText.secondDirMissing(secondDir))
  const free = probe(secondDir)
  if (free < outcome.bytes)
    throw new AppError('IO_ERROR', backupsText.diskFull(secondDir, outcome.bytes, free))
  const target = join(secondDir, basename(outcome.path))
  await writeFileSafely(target, { extension: XLBAK_EXTENSION }, (tmp) => {
    copyFileSync(outcome.path, tmp)
    checkXlbakBody(tmp)
  })
  return target
}

export interface MakeBackup {
  sqlite: BetterSqlite3.Database
  key: Buffer | null
  backupsDir: string
  appVersion: string
  nowMs: number
  kind: BackupKind
  checkpoint?: SignedCheckpoint | null
  log?: Logger
  freeSpace?: FreeSpaceProbe
  onProgress?: BackupOptions['onProgress']
  signal?: AbortSignal
}

export interface MadeBackup extends BackupOutcome {
  /** Why the second place did not get its copy, when it did not. */
  secondCopyProblem: string | null
}

/**
 * A backup into the data directory's backups folder, a copy in the second place when one
 * is set, then the rotation in both. A second place that fails (stick not plugged in) does
 * not fail the backup: it is said.
 */
export async function makeBackup(m: MakeBackup): Promise<MadeBackup> {
  const settings = readBackupSettings(m.sqlite)
  // Two packages applied within one second: the second backup takes the next free name.
  let out = join(m.backupsDir, backupFileName(new Date(m.nowMs), m.kind))
  for (let n = 2; existsSync(out); n++)
    out = join(m.backupsDir, backupFileName(new Date(m.nowMs), m.kind, n))
  const outcome = await backupDatabase(m.sqlite, m.key, out, {
    kind: m.kind,
    appVersion: m.appVersion,
    nowMs: m.nowMs,
    target: { createFolder: true },
    checkpoint: m.checkpoint ?? null,
    ...(m.freeSpace ? { freeSpace: m.freeSpace } : {}),
    ...(m.onProgress ? { onProgress: m.onProgress } : {}),
    ...(m.signal ? { signal: m.signal } : {}),
  })
  let secondCopyProblem: string | null = null
  if (settings.secondDir) {
    try {
      await copyToSecond(outcome, settings.secondDir, m.freeSpace ?? freeSpace)
      rotateBackups(settings.secondDir, settings, m.log)
    } catch (e) {
      secondCopyProblem = e instanceof AppError ? e.message : String(e)
      m.log?.error('copy to the second backup place failed', e)
    }
  }
  rotateBackups(m.backupsDir, settings, m.log)
  return { ...outcome, secondCopyProblem }
}
