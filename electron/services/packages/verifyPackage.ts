import type { UnitKeysTable, UnitRelation } from '../../../db/schema'
import type { UnitInfo } from '../../../shared/contract/system'
import {
  MANIFEST_ENTRY,
  manifestSchema,
  PACKAGE_FORMAT_VERSION,
  REPORT_ENTRY,
  SIGNATURE_ENTRY,
  type Manifest,
  type PackageReport,
} from '../../../shared/packages/format'
import { packageRefusals } from '../../../shared/i18n/packages'
import { DOWNWARD_PARTS } from '../../../shared/packages/downward'
import { RELAY_ENTRY_TABLE } from '../../../shared/packages/relay'
import { dataEntryName, TRAVELLING_TABLES } from '../../../shared/packages/travellingTables'
import { EnvelopeError, isEnvelope, open, readEnvelopeHeader } from './crypto/envelope'
import { sha256Hex, verifyBytes } from './crypto/keys'
import { PackageRefusal } from './refusal'
import { PackageEntries } from './zip/packageEntries'
import { inflateEntry, PACKAGE_LIMITS, readZip } from './zip/packageZip'

export interface KnownSender {
  unit: UnitInfo & { relation: UnitRelation }
  keys: UnitKeysTable[]
}

/** What verification needs to know of this installation. */
export interface VerifyContext {
  self: UnitInfo
  ownKeys: { fingerprint: string; box_public: string; box_private: string }[]
  findSender(unitId: string, code: string): KnownSender | null
  schemaVersion: number
  /**
   * Upward (the default): from a registered unit below, carrying the travelling tables.
   * Downward: a 下发 package from the registered upper unit, carrying the downward parts.
   */
  direction?: 'upward' | 'downward'
  /**
   * What to do with the data entries' content (their compressed bytes are always checked
   * here): inflate and check each and keep it ('keep', the default), or leave both to
   * whoever reads it ('defer': the import, which reads each inside its transaction, and a
   * verify that writes nothing, which streams each through its checks — PackageEntries).
   */
  content?: 'keep' | 'defer'
  /**
   * The caller gives the file up: sealed, it is decrypted where it lies (the file and its
   * opened copy were ~140 MB each at a province), and the entries' `release` gives its memory
   * back once they are all read. The caller must not read the file afterwards.
   */
  fileGiven?: boolean
}

export interface VerifiedPackage {
  manifest: Manifest
  /** The manifest as signed, and the signature: kept as evidence for a relay. */
  manifestText: string
  signature: string
  report: PackageReport
  /** report.json as signed: a relay carries it on, and the province checks it by its hash. */
  reportText: string
  /** data/<table>.ndjson by table. */
  data: PackageEntries
  sha256: string
  bytes: number
  encrypted: boolean
  sender: KnownSender
  senderKey: UnitKeysTable
}

const ZIP_MAGIC = 0x04034b50

/** Major.minor of a version: "请升级到 0.2 或更高版本". */
const majorMinor = (v: string) => v.split('.').slice(0, 2).join('.')

/**
 * UPWARD.md "Import" 1, in order: decrypt, the zip's layout and names, the signature by a
 * registered and unrevoked key, the receiver, the schema, every entry's hashes (a data
 * entry's content ones as `ctx.content` says). Any failure is a PackageRefusal with one
 * sentence; nothing here writes.
 */
export function verifyPackage(file: Buffer, ctx: VerifyContext): VerifiedPackage {
  if (file.length > PACKAGE_LIMITS.maxFileBytes) {
    throw new PackageRefusal('tooLarge', String(PACKAGE_LIMITS.maxFileBytes / 1024 / 1024))
  }
  const sha256 = sha256Hex(file)
  const bytes = file.length
  let zip: Buffer
  const encrypted = isEnvelope(file)
  if (encrypted) {
    zip = openEnvelope(file, ctx)
  } else if (file.length >= 4 && file.readUInt32LE(0) === ZIP_MAGIC) {
    zip = file
  } else {
    throw new PackageRefusal('notPackage')
  }

  const entries = readZip(zip)
  const byName = new Map(entries.map((e) => [e.name, e]))
  const manifestEntry = byName.get(MANIFEST_ENTRY)
  const signatureEntry = byName.get(SIGNATURE_ENTRY)
  if (!manifestEntry || !signatureEntry || manifestEntry.size > PACKAGE_LIMITS.maxManifestBytes) {
    throw new PackageRefusal('damaged')
  }
  const manifestBytes = inflateEntry(manifestEntry)
  const signature = inflateEntry(signatureEntry).toString('ascii')

  let raw: { formatVersion?: unknown; schemaVersion?: unknown; appVersion?: unknown }
  try {
    raw = JSON.parse(manifestBytes.toString('utf8')) as typeof raw
  } catch {
    throw new PackageRefusal('damaged')
  }
  const version = typeof raw?.appVersion === 'string' ? majorMinor(raw.appVersion) : '?'
  if (typeof raw?.formatVersion === 'number' && raw.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new PackageRefusal('newerFormat', version)
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) throw new PackageRefusal('damaged')
  const manifest = parsed.data

  const downward = ctx.direction === 'downward'
  if ((manifest.direction === 'downward') !== downward) {
    throw new PackageRefusal(downward ? 'notDownward' : 'isDownward')
  }

  const sender = ctx.findSender(manifest.sender.unitId, manifest.sender.code)
  if (!sender) {
    throw new PackageRefusal(
      'unknownSender',
      undefined,
      packageRefusals.unknownSender(manifest.sender.code, manifest.sender.name),
    )
  }
  const senderKey = sender.keys.find((k) => k.fingerprint === manifest.sender.keyFingerprint)
  if (!senderKey || !verifyBytes(senderKey.sign_public, manifestBytes, signature)) {
    // A signature that fails under the registered key is a forgery or damage; a key we do
    // not hold at all is an unregistered source.
    if (senderKey) throw new PackageRefusal('damaged')
    throw new PackageRefusal(
      'unknownKey',
      undefined,
      packageRefusals.unknownKey(sender.unit.code, sender.unit.name),
    )
  }
  if (
    senderKey.status === 'revoked' &&
    senderKey.revoked_at &&
    manifest.createdAt >= senderKey.revoked_at
  ) {
    throw new PackageRefusal(
      'revokedKey',
      undefined,
      packageRefusals.revokedKey(
        sender.unit.code,
        sender.unit.name,
        senderKey.revoked_at.slice(0, 10),
      ),
    )
  }
  if (manifest.receiver.code !== ctx.self.code) {
    throw new PackageRefusal('notForUs', manifest.receiver.code)
  }
  if (manifest.sender.unitId === ctx.self.id) throw new PackageRefusal('ownPackage')
  if (sender.unit.relation !== (downward ? 'upper' : 'lower')) {
    throw new PackageRefusal(downward ? 'senderNotAbove' : 'senderNotBelow', sender.unit.code)
  }
  if (manifest.schemaVersion > ctx.schemaVersion) {
    throw new PackageRefusal('newerSchema', majorMinor(manifest.appVersion))
  }

  // Every entry named in the manifest, with its hashes; nothing else in the zip.
  const listed = new Set(manifest.entries.map((e) => e.name))
  for (const e of entries) {
    if (e.name !== MANIFEST_ENTRY && e.name !== SIGNATURE_ENTRY && !listed.has(e.name)) {
      throw new PackageRefusal('damaged')
    }
  }
  const known = new Set(
    (downward ? DOWNWARD_PARTS : [...TRAVELLING_TABLES.map((t) => t.table), RELAY_ENTRY_TABLE]).map(
      dataEntryName,
    ),
  )
  const data = new PackageEntries(ctx.fileGiven ? zip : null)
  let report: PackageReport | null = null
  let reportText = ''
  for (const m of manifest.entries) {
    const e = byName.get(m.name)
    if (!e || e.compressedSize !== m.compressedSize || e.size !== m.size) {
      throw new PackageRefusal('damaged')
    }
    if (sha256Hex(e.data) !== m.compressedSha256) throw new PackageRefusal('damaged')
    if (m.name === REPORT_ENTRY) {
      const content = inflateEntry(e)
      if (sha256Hex(content) !== m.sha256) throw new PackageRefusal('damaged')
      report = parseReport(content)
      reportText = content.toString('utf8')
    } else if (known.has(m.name)) data.add(m.name.slice(5, -7), e, m.sha256)
    // An entry of a table this version does not know cannot come from an older schema.
    else throw new PackageRefusal('newerSchema', majorMinor(manifest.appVersion))
  }
  if (!report) throw new PackageRefusal('damaged')
  if ((ctx.content ?? 'keep') === 'keep') for (const table of data.tables()) data.get(table)
  return {
    manifest,
    manifestText: manifestBytes.toString('utf8'),
    signature,
    report,
    reportText,
    data,
    sha256,
    bytes,
    encrypted,
    sender,
    senderKey,
  }
}

function openEnvelope(file: Buffer, ctx: VerifyContext): Buffer {
  try {
    const { header, aadEnd } = readEnvelopeHeader(file)
    if (header.to.code !== ctx.self.code) throw new PackageRefusal('notForUs', header.to.code)
    if (ctx.ownKeys.length === 0) throw new PackageRefusal('noOwnKey')
    const key = ctx.ownKeys.find((k) => k.fingerprint === header.to.keyFingerprint)
    if (!key) throw new PackageRefusal('cannotDecrypt')
    return open(file, { boxPublic: key.box_public, boxPrivate: key.box_private }, header, aadEnd, {
      inPlace: ctx.fileGiven === true,
    })
  } catch (e) {
    if (e instanceof EnvelopeError) throw new PackageRefusal('damaged')
    throw e
  }
}

export function parseReport(content: Buffer): PackageReport {
  try {
    const r = JSON.parse(content.toString('utf8')) as PackageReport
    if (!Array.isArray(r.errors) || !Array.isArray(r.warnings)) throw new Error()
    return {
      errors: r.errors,
      warnings: r.warnings,
      explanation: typeof r.explanation === 'string' ? r.explanation : null,
    }
  } catch {
    throw new PackageRefusal('damaged')
  }
}
