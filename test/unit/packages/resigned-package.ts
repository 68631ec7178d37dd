import { inflateRawSync } from 'node:zlib'
import { sha256Hex, signBytes } from '../../../electron/services/packages/crypto/keys'
import {
  deflateEntry,
  readZip,
  storedEntry,
  writeZip,
  type ZipInput,
} from '../../../electron/services/packages/zip/packageZip'
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from '../../../shared/packages/format'
import type { TestCore } from '../../helpers/testCore'

/** A data entry as the signed manifest lists it. */
export interface ManifestEntry {
  name: string
  size: number
  compressedSize: number
  sha256: string
  compressedSha256: string
}

/** The parts of a manifest these tests change. */
export interface SignedManifest {
  entries: ManifestEntry[]
  tables: Record<string, { columns: string[] }>
}

/**
 * The plain package with one entry replaced by what `replace` makes of the old one, which may
 * also change how the manifest lists it; the manifest is then signed again with the sender's
 * own key, so the verify's checks of the signature pass whatever the entry now holds.
 */
export function resignedWithEntry(
  sender: TestCore,
  plain: Buffer,
  entryName: string,
  replace: (old: ZipInput, listed: ManifestEntry) => ZipInput,
  /** Anything else to change in the manifest before it is signed again. */
  changeManifest: (manifest: SignedManifest) => void = () => undefined,
): Buffer {
  const key = sender.core.database.sqlite
    .prepare("SELECT sign_private FROM own_keys WHERE status = 'active'")
    .pluck()
    .get() as string
  const entries = readZip(plain)
  const manifestEntry = entries.find((e) => e.name === MANIFEST_ENTRY)!
  const manifest = JSON.parse(Buffer.from(manifestEntry.data).toString('utf8')) as SignedManifest
  const listed = manifest.entries.find((e) => e.name === entryName)!
  const replaced = replace(
    entries.find((e) => e.name === entryName)!,
    listed,
  )
  changeManifest(manifest)
  listed.compressedSize = replaced.data.length
  listed.compressedSha256 = sha256Hex(replaced.data)
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8')
  return writeZip(
    entries.map((e) => {
      if (e.name === entryName) return replaced
      if (e.name === MANIFEST_ENTRY) return storedEntry(MANIFEST_ENTRY, manifestBytes)
      if (e.name === SIGNATURE_ENTRY) {
        return storedEntry(SIGNATURE_ENTRY, Buffer.from(signBytes(key, manifestBytes), 'ascii'))
      }
      return e
    }),
  )
}

/**
 * The plain package with a table's entry rewritten line by line (`change` gets its lines
 * without the empty last one), listed and signed again as resignedWithEntry does.
 */
export function resignedWithLines(
  sender: TestCore,
  plain: Buffer,
  table: string,
  change: (lines: string[]) => string[],
  changeManifest?: (manifest: SignedManifest) => void,
): Buffer {
  const name = `data/${table}.ndjson`
  return resignedWithEntry(
    sender,
    plain,
    name,
    (old, listed) => {
      const lines = Buffer.from(inflateRawSync(old.data)).toString('utf8').split('\n')
      const content = Buffer.from([...change(lines.filter(Boolean)), ''].join('\n'), 'utf8')
      listed.size = content.length
      listed.sha256 = sha256Hex(content)
      return deflateEntry(name, content)
    },
    changeManifest,
  )
}
