import { createHash, createHmac, hkdfSync } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import type { BackupManifest } from '../../../shared/contract/backups'

/**
 * `.xlbak`: one file a person can carry on a USB stick and restore from alone. Layout:
 * magic, 4-byte big-endian header length, header JSON, then the database bytes exactly as
 * SQLCipher wrote them (encrypted under the database key). The header is readable without
 * a key (the list shows date, unit and counts), so it holds no personal data; its MAC
 * under the database key is checked once a slot has opened that key.
 */
export const XLBAK_EXTENSION = '.xlbak'
const MAGIC = Buffer.from('XLBAK01\n', 'latin1')
/** A header is a few kilobytes; anything bigger is not one of ours. */
const MAX_HEADER_BYTES = 1 << 20
const CHUNK = 1 << 20

export interface XlbakHeader {
  format: 'xlbak'
  version: 1
  manifest: BackupManifest
  /** The key file beside the database when the snapshot was taken; null for a plain one. */
  keys: KeySlotsFile | null
  /** HMAC-SHA256 of the manifest under a key derived from the database key. */
  mac: string | null
}

/** The file is not an .xlbak we wrote, or it was cut short or changed. */
export class XlbakDamaged extends Error {}

function manifestMacKey(dbKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'xlbak manifest', 32))
}

export function manifestMac(manifest: BackupManifest, dbKey: Buffer | null): string | null {
  if (!dbKey) return null
  return createHmac('sha256', manifestMacKey(dbKey)).update(JSON.stringify(manifest)).digest('hex')
}

/** Streams a database file after the header into `fd`; returns the SHA-256 of its bytes. */
function copyInto(fd: number, dbPath: string): string {
  const hash = createHash('sha256')
  const src = openSync(dbPath, 'r')
  try {
    const buf = Buffer.alloc(CHUNK)
    for (;;) {
      const n = readSync(src, buf, 0, CHUNK, null)
      if (n === 0) break
      hash.update(buf.subarray(0, n))
      writeSync(fd, buf, 0, n)
    }
  } finally {
    closeSync(src)
  }
  return hash.digest('hex')
}

function headerBytes(header: XlbakHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([MAGIC, length, json])
}

/** Writes `header` and the database at `dbPath` to `target` (a fresh temporary name). */
export function writeXlbak(target: string, header: XlbakHeader, dbPath: string): void {
  const fd = openSync(target, 'wx', 0o600)
  try {
    writeSync(fd, headerBytes(header))
    const sha = copyInto(fd, dbPath)
    if (sha !== header.manifest.dbSha256) throw new XlbakDamaged('snapshot changed while copied')
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

interface Located {
  header: XlbakHeader
  /** Where the database bytes start. */
  offset: number
}

function locate(fd: number): Located {
  const head = Buffer.alloc(MAGIC.length + 4)
  if (readSync(fd, head, 0, head.length, 0) !== head.length) throw new XlbakDamaged('short')
  if (!startsAsXlbak(head)) throw new XlbakDamaged('not an xlbak')
  const length = head.readUInt32BE(MAGIC.length)
  if (length > MAX_HEADER_BYTES) throw new XlbakDamaged('header too big')
  const json = Buffer.alloc(length)
  if (readSync(fd, json, 0, length, head.length) !== length) throw new XlbakDamaged('short')
  let header: XlbakHeader
  try {
    header = JSON.parse(json.toString('utf8')) as XlbakHeader
  } catch {
    throw new XlbakDamaged('header is not JSON')
  }
  if (header?.format !== 'xlbak' || header.version !== 1 || !header.manifest)
    throw new XlbakDamaged('unknown header')
  return { header, offset: head.length + length }
}

export function readXlbakHeader(path: string): XlbakHeader {
  const fd = openSync(path, 'r')
  try {
    return locate(fd).header
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads the database bytes once, checking length and SHA-256 against the header, and
 * writes them to `outPath` when given (a restore) — or only checks them (a read-back).
 */
export function checkXlbakBody(
  path: string,
  outPath?: string,
  /** How many of the database bytes have been read, after each chunk (a progress bar). */
  onRead?: (done: number, total: number) => void,
): XlbakHeader {
  const fd = openSync(path, 'r')
  const out = outPath ? openSync(outPath, 'wx', 0o600) : null
  try {
    const { header, offset } = locate(fd)
    const hash = createHash('sha256')
    const buf = Buffer.alloc(CHUNK)
    let position = offset
    let total = 0
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, position)
      if (n === 0) break
      hash.update(buf.subarray(0, n))
      if (out !== null) writeSync(out, buf, 0, n)
      position += n
      total += n
      onRead?.(total, header.manifest.dbBytes)
    }
    if (out !== null) fsyncSync(out)
    if (total !== header.manifest.dbBytes || hash.digest('hex') !== header.manifest.dbSha256)
      throw new XlbakDamaged('checksum mismatch')
    return header
  } finally {
    closeSync(fd)
    if (out !== null) closeSync(out)
  }
}

/** Whether a file starts like an .xlbak (says nothing about the rest). */
export function isXlbak(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(MAGIC.length)
    return startsAsXlbak(head.subarray(0, readSync(fd, head, 0, head.length, 0)))
  } finally {
    closeSync(fd)
  }
}

/** Whether a file's first bytes are an .xlbak's: a chosen file is refused before it is all read. */
export function startsAsXlbak(first: Uint8Array): boolean {
  return first.length >= MAGIC.length && MAGIC.equals(first.subarray(0, MAGIC.length))
}
