import type { SignedCheckpoint } from '../../../../shared/audit/checkpoint'
import type { UnitInfo } from '../../../../shared/contract/system'
import {
  ALGORITHMS,
  MANIFEST_ENTRY,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REPORT_ENTRY,
  SIGNATURE_ENTRY,
  type Manifest,
  type PackageKind,
  type PackageReport,
} from '../../../../shared/packages/format'
import { dataEntryName } from '../../../../shared/packages/travellingTables'
import { seal } from '../crypto/envelope'
import { sha256Hex, signBytes } from '../crypto/keys'
import {
  deflatedInput,
  deflateEntry,
  storedEntry,
  writeZip,
  type ZipInput,
} from '../zip/packageZip'
import type { TableData } from './collectRows'

export interface BuildInput {
  packageId: string
  sender: UnitInfo
  senderKey: { fingerprint: string; signPrivate: string }
  receiver: { code: string; name: string }
  /** Null: a plain package, only by the user's explicit choice. */
  sealTo: { keyFingerprint: string; boxPublic: string } | null
  kind: PackageKind
  range: { from: number; to: number }
  previousPackageId: string | null
  period: string
  tables: TableData[]
  report: PackageReport
  schemaVersion: number
  appVersion: string
  auditHead: string | null
  auditCheckpoint: SignedCheckpoint | null
  createdAt: string
  createdBy: string
  /** Set for a 下发 package, whose sender is the upper unit. */
  downward?: { minAppVersion: string | null }
}

export interface Built {
  bytes: Buffer
  /** The signed zip before sealing: what the sender checks by reading it back. */
  zip: Buffer
  manifest: Manifest
  sha256: string
}

/** Sign, then encrypt: data entries and report → manifest with their hashes → signature → seal. */
export function buildPackage(input: BuildInput): Built {
  const { zip, manifest } = signedZip({ ...input, sealed: input.sealTo !== null })
  const bytes = sealedFor(input, zip)
  return { bytes, zip, manifest, sha256: sha256Hex(bytes) }
}

/**
 * The package as the receiver reads it once opened: entries, the manifest with their hashes,
 * its signature. Apart from the seal, so a caller can let the tables' deflated entries go
 * before the sealed copy is made (at a province each is ~140 MB).
 */
export function signedZip(input: Omit<BuildInput, 'sealTo'> & { sealed: boolean }): {
  zip: Buffer
  manifest: Manifest
} {
  const filled = input.tables.filter((t) => t.rows > 0)
  const entries: ZipInput[] = filled.map((t) => deflatedInput(dataEntryName(t.table), t.entry))
  const reportBytes = Buffer.from(JSON.stringify(input.report), 'utf8')
  entries.push(deflateEntry(REPORT_ENTRY, reportBytes))
  const tables: Manifest['tables'] = {}
  for (const t of input.tables) {
    tables[t.table] = { columns: t.columns, rows: t.rows, deleted: t.deleted }
  }
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: input.schemaVersion,
    appVersion: input.appVersion,
    algorithms: {
      ...ALGORITHMS,
      encryption: input.sealed ? ALGORITHMS.encryption : null,
    },
    packageId: input.packageId,
    sender: {
      unitId: input.sender.id,
      code: input.sender.code,
      name: input.sender.name,
      level: input.sender.level,
      keyFingerprint: input.senderKey.fingerprint,
    },
    receiver: input.receiver,
    kind: input.kind,
    range: input.range,
    previousPackageId: input.previousPackageId,
    period: input.period,
    tables,
    entries: entries.map((e) => ({
      name: e.name,
      size: e.size,
      sha256: '',
      compressedSize: e.data.length,
      compressedSha256: sha256Hex(e.data),
    })),
    auditHead: input.auditHead,
    ...(input.auditCheckpoint ? { auditCheckpoint: input.auditCheckpoint } : {}),
    createdAt: input.createdAt,
    createdBy: input.createdBy,
    ...(input.downward
      ? {
          direction: 'downward' as const,
          ...(input.downward.minAppVersion ? { minAppVersion: input.downward.minAppVersion } : {}),
        }
      : {}),
  }
  for (const t of filled) {
    const at = manifest.entries.find((e) => e.name === dataEntryName(t.table))!
    at.sha256 = t.entry.sha256
  }
  manifest.entries.find((e) => e.name === REPORT_ENTRY)!.sha256 = sha256Hex(reportBytes)
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8')
  const signature = signBytes(input.senderKey.signPrivate, manifestBytes)
  const zip = writeZip([
    storedEntry(MANIFEST_ENTRY, manifestBytes),
    ...entries,
    storedEntry(SIGNATURE_ENTRY, Buffer.from(signature, 'ascii')),
  ])
  return { zip, manifest }
}

/** The file's bytes: the signed zip sealed to the receiver, or the zip itself when plain. */
export function sealedFor(
  input: Pick<BuildInput, 'sealTo' | 'receiver' | 'auditCheckpoint'>,
  zip: Buffer,
): Buffer {
  return input.sealTo
    ? seal(zip, {
        code: input.receiver.code,
        keyFingerprint: input.sealTo.keyFingerprint,
        boxPublic: input.sealTo.boxPublic,
        checkpoint: input.auditCheckpoint,
      })
    : zip
}

/** A unit name or period as a piece of a file name: no separators, no reserved characters. */
export const safeNamePart = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '')

/** 330621_示例县委统战部_2026年度_增量_20261205.xlpkg: a name a person can read. */
export function packageFileName(
  sender: UnitInfo,
  period: string,
  kind: PackageKind,
  localDate: string,
): string {
  const safe = safeNamePart
  const kindName = kind === 'full' ? '全量' : '增量'
  return `${sender.code}_${safe(sender.name)}_${safe(period)}_${kindName}_${localDate.replace(/-/g, '')}.xlpkg`
}

/** The fields of a built package the caller hands out: its id, name and base64 bytes. */
export function handedOut(
  built: Pick<Built, 'bytes' | 'sha256'>,
  packageId: string,
  fileName: string,
  encrypted: boolean,
) {
  return {
    packageId,
    fileName,
    data: built.bytes.toString('base64'),
    sha256: built.sha256,
    bytes: built.bytes.length,
    encrypted,
  }
}
