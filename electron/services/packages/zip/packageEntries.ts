import { sha256Hex } from '../crypto/keys'
import { PackageRefusal } from '../refusal'
import { inflateEntry, type ZipEntryRead } from './packageZip'

/**
 * The data entries of a verified package, by table, inflated only when read. Their compressed
 * bytes were checked against the signed manifest by the verify; the inflate, the CRC and the
 * content's own signed hash are checked here, when the apply reads an entry inside its
 * transaction — a mismatch is a PackageRefusal('damaged') that rolls the apply back. Inflating
 * every entry before the apply held all of them in memory at once (at a city ~150 MB beside
 * the transaction's pages) and read each entry's bytes twice.
 */
export class PackageEntries {
  private readonly pending = new Map<string, { entry: ZipEntryRead; sha256: string }>()
  private readonly read = new Map<string, Buffer>()

  add(table: string, entry: ZipEntryRead, sha256: string): void {
    this.pending.set(table, { entry, sha256 })
  }

  has(table: string): boolean {
    return this.pending.has(table) || this.read.has(table)
  }

  /** The content's size as signed, without inflating it. */
  size(table: string): number {
    return this.pending.get(table)?.entry.size ?? this.read.get(table)?.length ?? 0
  }

  /** The entry's content, checked; kept for the next reader. */
  get(table: string): Buffer | undefined {
    const kept = this.read.get(table)
    if (kept) return kept
    const content = this.take(table)
    if (content) this.read.set(table, content)
    return content
  }

  /** The entry's content, checked, and let go: it is read once, by the apply. */
  take(table: string): Buffer | undefined {
    const kept = this.read.get(table)
    if (kept) {
      this.read.delete(table)
      return kept
    }
    const p = this.pending.get(table)
    if (!p) return undefined
    this.pending.delete(table)
    const content = inflateEntry(p.entry)
    if (sha256Hex(content) !== p.sha256) throw new PackageRefusal('damaged')
    return content
  }

  /** Checks every entry not read yet, keeping none: so no byte of a package goes unchecked. */
  checkRest(): void {
    for (const table of [...this.pending.keys()]) this.take(table)
  }

  tables(): string[] {
    return [...new Set([...this.read.keys(), ...this.pending.keys()])]
  }
}
