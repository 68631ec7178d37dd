import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PackageEntries } from '../../../electron/services/packages/zip/packageEntries'
import { deflateEntry, readZip, writeZip } from '../../../electron/services/packages/zip/packageZip'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** At least `bytes` of register-like NDJSON, varied enough to deflate as a register does. */
function content(bytes: number): Buffer {
  const lines: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = `${JSON.stringify({ id: `p-${i}`, name: `欧阳${i * 7919}`, phone: `138${(i * 104729) % 1e8}` })}\n`
    lines.push(line)
    size += Buffer.byteLength(line)
  }
  return Buffer.from(lines.join(''), 'utf8')
}

/** The entry as the apply gets it, listed with `sha` and, when given, a `size` it does not have. */
function entriesOf(data: Buffer, sha = sha256(data), size?: number): PackageEntries {
  const [read] = readZip(writeZip([deflateEntry('data/persons.ndjson', data)]))
  const entries = new PackageEntries()
  entries.add('persons', size === undefined ? read! : { ...read!, size }, sha)
  return entries
}

async function readAll(entries: PackageEntries): Promise<{ pieces: number; bytes: Buffer }> {
  const pieces: Buffer[] = []
  for await (const piece of entries.stream('persons')) pieces.push(Buffer.from(piece))
  return { pieces: pieces.length, bytes: Buffer.concat(pieces) }
}

/**
 * PackageEntries.stream: an entry of a few megabytes is inflated at once on the reading
 * thread, a larger one a piece at a time on zlib's; either way its size, CRC and signed hash
 * are checked, and a wrong one refuses the package.
 */
describe.each([
  ['a small entry, inflated at once', 2 << 20, 1],
  ['a large entry, streamed in pieces', 12 << 20, 2],
])('%s', (_, bytes, fewestPieces) => {
  const data = content(bytes)

  it('comes through whole', async () => {
    const read = await readAll(entriesOf(data))
    expect(read.bytes.equals(data)).toBe(true)
    expect(read.pieces).toBeGreaterThanOrEqual(fewestPieces)
    if (fewestPieces === 1) expect(read.pieces).toBe(1)
  })

  it('a content hash other than the signed one: damaged', async () => {
    await expect(readAll(entriesOf(data, sha256(Buffer.from('其他'))))).rejects.toMatchObject({
      kind: 'damaged',
    })
  })

  it('more content than its signed size: a zip bomb, refused', async () => {
    await expect(readAll(entriesOf(data, sha256(data), data.length - 100))).rejects.toMatchObject({
      kind: 'zipBomb',
    })
  })
})
