import { createHash } from 'node:crypto'
import { crc32, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DeflatingWriter } from '../../../electron/services/packages/zip/deflatingWriter'
import { PackageEntries } from '../../../electron/services/packages/zip/packageEntries'
import {
  deflatedInput,
  readZip,
  writeZip,
} from '../../../electron/services/packages/zip/packageZip'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Lines of a register-like table: Chinese text, ids, a long remark now and then. */
function linesOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `p-${i}`,
      name: `欧阳${'娜'.repeat(i % 4)}${i}`,
      workplace: '浙江省绍兴市新昌县某某智能装备制造股份有限公司',
      remark: i % 97 === 0 ? '长备注'.repeat(500) : null,
    }),
  )
}

function written(lines: string[]) {
  const writer = new DeflatingWriter()
  for (const line of lines) {
    writer.writeText(line)
    writer.writeByte(10)
  }
  return writer.finish()
}

describe('DeflatingWriter: an entry deflated block by block is one valid deflate stream', () => {
  it('content of several 4 MB blocks inflates back whole, with its CRC, size and SHA-256', async () => {
    const lines = linesOf(120_000)
    const content = Buffer.from(`${lines.join('\n')}\n`, 'utf8')
    expect(content.length).toBeGreaterThan(3 * (4 << 20))
    const entry = written(lines)
    expect(entry.size).toBe(content.length)
    expect(entry.crc >>> 0).toBe(crc32(content) >>> 0)
    expect(entry.sha256).toBe(sha256(content))
    expect(entry.data.length).toBeLessThan(content.length / 5)
    expect(inflateRawSync(entry.data).equals(content)).toBe(true)
    // The apply's streaming read and the readZip layout check take it too.
    const zip = writeZip([deflatedInput('data/persons.ndjson', entry)])
    const [read] = readZip(zip)
    const entries = new PackageEntries()
    entries.add('persons', read!, entry.sha256)
    const pieces: Buffer[] = []
    for await (const piece of entries.stream('persons')) pieces.push(Buffer.from(piece))
    expect(Buffer.concat(pieces).equals(content)).toBe(true)
  })

  it('a piece larger than a block, text or bytes, comes through in place', () => {
    const long = `{"remark":"${'很长的一段文字'.repeat(400_000)}"}`
    expect(Buffer.byteLength(long)).toBeGreaterThan(4 << 20)
    const bytes = Buffer.from('字节'.repeat(1_000_000), 'utf8')
    const writer = new DeflatingWriter()
    writer.writeText('{"a":1}\n')
    writer.writeText(long)
    writer.writeByte(10)
    writer.writeBytes(bytes)
    writer.writeText('end')
    const entry = writer.finish()
    const content = Buffer.concat([
      Buffer.from(`{"a":1}\n${long}\n`, 'utf8'),
      bytes,
      Buffer.from('end'),
    ])
    expect(inflateRawSync(entry.data).equals(content)).toBe(true)
    expect(entry.sha256).toBe(sha256(content))
    expect(entry.crc >>> 0).toBe(crc32(content) >>> 0)
  })

  it('no content: an empty entry that inflates to nothing', () => {
    const entry = new DeflatingWriter().finish()
    expect(entry.size).toBe(0)
    expect(inflateRawSync(entry.data).length).toBe(0)
    expect(entry.sha256).toBe(sha256(Buffer.alloc(0)))
  })

  it('keeps only the compressed bytes: no zlib output chunk held behind them', () => {
    const entry = written(linesOf(20_000))
    expect(entry.size).toBeLessThan(4 << 20)
    expect(entry.data.buffer.byteLength).toBeLessThan(entry.data.length * 2)
  })
})
