import type BetterSqlite3 from 'better-sqlite3'
import type { AuditVerifyResult } from '../../../../shared/contract/audit'
import { verifyAuditLog } from '../auditLog'
import { checkCheckpoints } from './checkCheckpoints'
import {
  databaseCheckpoints,
  fileCheckpoint,
  latestBackupCheckpoint,
  receiptCheckpoint,
} from './findCheckpoints'

/**
 * The chain's own links, and the chain against every checkpoint there is: the database's,
 * the one the upper unit echoed in its last receipt, the newest backup's, and a file the
 * user gives. The log is whole only if the links hold and every checkpoint does.
 */
export function verifyAuditWithCheckpoints(
  sqlite: BetterSqlite3.Database,
  backupsDir: string,
  /** The database key, which the app's own backups are written under. */
  key: Buffer | null,
  against?: { fileName: string; bytes: Buffer },
): AuditVerifyResult {
  const chain = verifyAuditLog(sqlite)
  const checkpoints = checkCheckpoints(sqlite, [
    ...databaseCheckpoints(sqlite),
    ...receiptCheckpoint(sqlite),
    ...latestBackupCheckpoint(backupsDir, key),
    ...(against ? [fileCheckpoint(against.fileName, against.bytes, key)] : []),
  ])
  return {
    ...chain,
    ok: chain.ok && checkpoints.every((c) => c.status === 'holds'),
    chainOk: chain.ok,
    checkpoints,
  }
}
