import { describe, expect, it } from 'vitest'
import { lineBlocks, ndjsonRows } from '../../../electron/services/packages/apply/applyRows'
import { ApplyTally } from '../../../electron/services/packages/apply/rowOutcome'

async function blocksOf(pieces: Buffer[], blockBytes: number): Promise<string[]> {
  async function* source() {
    yield* pieces
  }
  const out: string[] = []
  for await (const block of lineBlocks(source(), blockBytes)) out.push(block.toString('utf8'))
  return out
}

/** The bytes cut into pieces of `size`, wherever that falls (inside a character too). */
const cut = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
    bytes.subarray(i * size, (i + 1) * size),
  )

describe('lineBlocks: an entry inflated in pieces, handed on in blocks of whole lines', () => {
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

describe('ndjsonRows: a block of lines as bytes, each line decoded and parsed on its own', () => {
  it('gives each object line whole, Chinese and all; blank lines skipped, other lines counted invalid', () => {
    const block = Buffer.from(
      [
        '{"id":"a","name":"欧阳娜娜","employer":"示范和富纺织有限公司"}',
        '',
        '   ',
        '{"id":"b","name":"ascii only"}',
        '[1,2]',
        '{"name":"无编号"}',
        '{"id":"c","name":"末行无换行"',
        '{"id":"d","name":"张三"}',
      ].join('\n'),
      'utf8',
    )
    const tally = new ApplyTally()
    const rows = [...ndjsonRows(block, 'persons', tally)]
    expect(rows).toEqual([
      { id: 'a', name: '欧阳娜娜', employer: '示范和富纺织有限公司' },
      { id: 'b', name: 'ascii only' },
      { id: 'd', name: '张三' },
    ])
    expect(tally.of('persons').ignored).toBe(3)
    expect(tally.rows.map((r) => r.kind)).toEqual(['invalid', 'invalid', 'invalid'])
  })
})
