import { afterEach, describe, expect, it } from 'vitest'
import { person, validId } from '../persons-fixtures'
import { count, exportInput, offices, rows, type Offices } from './exchange-fixtures'

let o: Offices
afterEach(() => o?.cleanup())

interface SentRow {
  id: string
  previous_package_id: string | null
  from_seq: number
  to_seq: number
}

describe('two exports to the same unit at once', () => {
  it('never record two packages over the same range: the later one is refused and asked again', async () => {
    o = await offices()
    const { county } = o
    await county.ok('persons.create', person({ name: '张三' }))
    // One package already sent, so both new ones start where it ended.
    await county.ok('packages.export', exportInput({ kind: 'full' }))
    await county.ok('persons.create', person({ name: '李四', idNumber: validId('1990-07-01') }))

    // The second starts while the first is planned and building its file: both read the same
    // "last package sent" before either is recorded.
    let second: Promise<unknown> | null = null
    const off = county.core.events.subscribe((event, payload) => {
      const p = payload as { task?: string; done?: number }
      if (event === 'progress' && p.task === 'package' && p.done === 1 && !second) {
        second = county
          .ok('packages.export', exportInput({ kind: 'incremental', jobId: 'export-second' }))
          .then(
            () => null,
            (e: Error & { code?: string }) => e,
          )
      }
    })
    const first = await county
      .ok('packages.export', exportInput({ kind: 'incremental', jobId: 'export-first' }))
      .then(
        () => null,
        (e: Error & { code?: string }) => e,
      )
    const secondOutcome = await (second as Promise<(Error & { code?: string }) | null> | null)
    off()

    const outcomes = [first, secondOutcome]
    const refused = outcomes.filter((e) => e !== null)
    expect(refused).toHaveLength(1)
    expect(refused[0]?.code).toBe('CONFLICT')
    expect(refused[0]?.message).toContain('请重新生成')

    const sent = rows(
      county,
      `SELECT id, previous_package_id, from_seq, to_seq FROM packages
       WHERE direction = 'sent' ORDER BY created_at, id`,
    ) as unknown as SentRow[]
    expect(sent).toHaveLength(2)
    expect(sent[1]?.previous_package_id).toBe(sent[0]?.id)
    expect(sent[1]?.from_seq).toBe(sent[0]?.to_seq)

    // Asked again, it follows the package that was recorded.
    await county.ok('packages.export', exportInput({ kind: 'incremental' }))
    const [last] = rows(
      county,
      `SELECT previous_package_id FROM packages WHERE direction = 'sent'
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    )
    expect(last?.previous_package_id).toBe(sent[1]?.id)
    expect(count(county, "SELECT count(*) FROM packages WHERE direction = 'sent'")).toBe(3)
  })
})
