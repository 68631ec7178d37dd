import { describe, expect, it } from 'vitest'
import { lineBlocks } from '../../../electron/services/packages/apply/applyRows'

async function blocksOf(pieces: Buffer[], blockBytes: number): Promise<string[]> {
  async function* source() {
    yield* pieces
  }
  const out: string[] = []
  for await (const block of lineBlocks(source(), blockBytes)) out.push(block)
  return out
}

/** The bytes cut into pieces of `size`, wherever that falls (inside a character too). */
const cut = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
    bytes.subarray(i * size, (i + 1) * size),
  )

describe('lineBlocks: an entry inflated in pieces, decoded in blocks of whole lines', () => {
  const lines = [
    '{"id":"a","name":"张三"}',
    '{"id":"b","name":"欧阳娜娜"}',
    '{"id":"c"}',
    '{"id":"长"}',
  ]
  const text = `${lines.join('\n')}\n`
  const bytes = Buffer.from(text, 'utf8')

  it.each([1, 2, 3, 7, 64])(
    'pieces of %i bytes cut through characters and lines: every block ends at a newline and all of it comes through',
    async (size) => {
      for (const blockBytes of [1, 5, 30, 1000]) {
        const blocks = await blocksOf(cut(bytes, size), blockBytes)
        expect(blocks.join('')).toBe(text)
        for (const b of blocks) expect(b.endsWith('\n')).toBe(true)
        expect(blocks.join('')).not.toContain('\uFFFD')
      }
    },
  )

  it('a last line without its newline, and a line longer than a block, come whole', async () => {
    const long = `{"id":"${'名'.repeat(100)}"}`
    const tail = Buffer.from(`${long}\n{"id":"end"}`, 'utf8')
    const blocks = await blocksOf(cut(tail, 10), 16)
    expect(blocks).toEqual([`${long}\n`, '{"id":"end"}'])
  })

  it('nothing in, nothing out', async () => {
    expect(await blocksOf([], 4)).toEqual([])
  })
})
