import { z } from 'zod'
import { procedure } from './procedure'

/** Why a backup was made: 设置 → 备份 shows it as 自动 / 手动 / 迁移前 / 导入前 … */
export const BACKUP_KINDS = [
  'manual',
  'daily',
  'quit',
  'beforeMigration',
  'beforeImport',
  'beforePackage',
  'beforeRestore',
] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/** Row counts a backup carries, to set beside today's before a restore. */
export interface BackupCounts {
  persons: number
  organizations: number
  activities: number
  suggestions: number
  users: number
}

export interface LastPackageSent {
  id: string
  kind: string
  createdAt: string
  receiverName: string
}

/** The readable header of an `.xlbak`: no personal data, only what a person needs to choose. */
export interface BackupManifest {
  kind: BackupKind
  createdAt: string
  unit: { code: string; name: string } | null
  appVersion: string
  schemaVersion: number
  counts: BackupCounts
  lastPackageSent: LastPackageSent | null
  dbBytes: number
  dbSha256: string
}

/** `received`: a file chosen from anywhere (a USB stick), taken in by backups.receive. */
export type BackupLocation = 'local' | 'second' | 'received'

/** A chosen backup file reaches the core in pieces of this size (base64 in a call). */
export const RECEIVE_PIECE_BYTES = 8 * 1024 * 1024
/** Far above any database this app will hold: only a bound for the input's check. */
export const BACKUP_MAX_BYTES = 64 * 1024 ** 3

/** How far a chosen backup file has arrived; the entry once its last piece has. */
export interface BackupReceipt {
  received: number
  entry: BackupEntry | null
}

export interface BackupEntry {
  name: string
  location: BackupLocation
  bytes: number
  /** Null when the header cannot be read: the list still shows the file, marked damaged. */
  manifest: BackupManifest | null
}

export interface BackupSettings {
  /** How many automatic backups are kept: the newest of each of the last N days… */
  daily: number
  weekly: number
  monthly: number
  /** A second folder (a USB stick) that receives a copy of every backup; null when unset. */
  secondDir: string | null
}

/** What a backup holds beside what the database holds today. */
export interface BackupInspection {
  name: string
  manifest: BackupManifest
  today: Pick<BackupManifest, 'unit' | 'counts' | 'lastPackageSent'>
  sameUnit: boolean
  integrity: 'ok'
}

/** The steps of one backup, in order; the page shows each as a line of Chinese. */
export const BACKUP_STAGES = ['space', 'snapshot', 'check', 'write', 'verify'] as const
export type BackupStage = (typeof BACKUP_STAGES)[number]

/**
 * The steps of moving a database from before encryption to an encrypted one, at its first
 * sign-in after the upgrade (progress task `encrypt`, shown on the sign-in screen).
 */
export const ENCRYPT_STAGES = ['copy', 'encrypt', 'check', 'swap'] as const
export type EncryptStage = (typeof ENCRYPT_STAGES)[number]

/**
 * The backup under way (they run one at a time, beside other work) and the last that
 * failed: a daily backup runs unseen after sign-in, so its failure must be kept to show.
 */
export interface BackupStatus {
  running: { kind: BackupKind; startedAt: string; stage: BackupStage; percent: number } | null
  /** Cleared by the next backup that succeeds. */
  lastFailure: { kind: BackupKind; at: string; message: string } | null
}

export interface RestoreOutcome {
  restoredFrom: string
  /** The backup of the database as it was just before the restore. */
  safetyBackup: string
}

const backupPick = {
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+\.xlbak$/),
  location: z.enum(['local', 'second', 'received']),
  /**
   * The signed-in user's password as it was when the backup was made: needed only when the
   * backup comes from another computer (its key is not today's).
   */
  password: z.string().max(200).optional(),
}

export const backupsContract = {
  /**
   * A backup file chosen from anywhere (a new computer's USB stick), sent in pieces (a
   * province's is a gigabyte; one call could not carry it): offset 0 starts over, each
   * piece follows the last, and the last one makes it a backup of location `received`, kept
   * in the data directory for inspect and restore. A file that is not a backup is refused,
   * from its first piece on.
   */
  'backups.receive': procedure<BackupReceipt>()({
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      /** The whole file's size in bytes. */
      size: z.number().int().min(1).max(BACKUP_MAX_BYTES),
      /** Where this piece starts in the file. */
      offset: z.number().int().min(0).max(BACKUP_MAX_BYTES),
      data: z
        .string()
        .min(1)
        .max(Math.ceil(RECEIVE_PIECE_BYTES / 3) * 4),
    }),
    access: 'admin',
  }),
  'backups.list': procedure<BackupEntry[]>()({ input: z.strictObject({}), access: 'admin' }),
  'backups.settings': procedure<BackupSettings>()({ input: z.strictObject({}), access: 'admin' }),
  'backups.updateSettings': procedure<BackupSettings>()({
    input: z.strictObject({
      daily: z.number().int().min(1).max(60),
      weekly: z.number().int().min(0).max(52),
      monthly: z.number().int().min(0).max(120),
      secondDir: z.string().trim().min(1).max(500).nullable(),
    }),
    access: 'admin',
    audited: true,
  }),
  'backups.status': procedure<BackupStatus>()({ input: z.strictObject({}), access: 'admin' }),
  /** Opens and checks a backup as a restore would (openBackup.ts), changing nothing. */
  'backups.inspect': procedure<BackupInspection>()({
    input: z.strictObject(backupPick),
    access: 'admin',
  }),
  /**
   * Replaces the database with a backup: safety backup first, then the swap, then the
   * reopened database gets the audit row. Everyone is signed out (the users are the
   * backup's). A backup of another unit needs `confirmOtherUnit`.
   */
  'backups.restore': procedure<RestoreOutcome>()({
    input: z.strictObject({ ...backupPick, confirmOtherUnit: z.boolean() }),
    access: 'admin',
  }),
}
