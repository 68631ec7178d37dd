import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, removeTempDirs, runJson, tempDir } from '../cli-run'
import { person, validId } from '../persons-fixtures'
import { fourOffices, office } from './exchange-fixtures'

const made: string[] = []
afterAll(() => {
  removeTempDirs()
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
const json = (args: string[]) => runJson([...args, '--user', 'admin'], env)
const PERIOD = '2026年度'

describe('the four offices through the command line', { timeout: 600_000 }, () => {
  it('two counties report, one is returned and resends, the city relays; the province’s board and counts match the counties’ own', async () => {
    // Units, keys and the first persons through the handlers (fast); every exchange by CLI.
    const { countyA, countyB, city, province } = await fourOffices(office)
    for (const t of [countyA, countyB, city, province]) {
      t.core.close()
      made.push(t.dir)
    }
    const [a, b, c, p] = [countyA.dir, countyB.dir, city.dir, province.dir]
    const files = tempDir()
    let n = 0
    /** export → import (with its receipt) → the sender reads the receipt. */
    const report = async (from: string, to: string, toCode: string, full: boolean) => {
      n += 1
      const pkg = join(files, `p${n}.xlpkg`)
      const receipt = join(files, `p${n}.xlrct`)
      await json([
        'package',
        'export',
        '--data-dir',
        from,
        '--to',
        toCode,
        '--period',
        PERIOD,
        ...(full ? ['--full'] : []),
        '--out',
        pkg,
      ])
      const applied = await json([
        'package',
        'import',
        pkg,
        '--data-dir',
        to,
        '--receipt-out',
        receipt,
      ])
      expect(applied.status).toBe('applied')
      await json(['package', 'receipt', receipt, '--data-dir', from])
      return applied
    }
    const review = async (unit: string, decision: string[]) => {
      const receipt = join(files, `review-${unit}.xlrct`)
      await json([
        'package',
        'review',
        '--data-dir',
        c,
        '--unit',
        unit,
        '--period',
        PERIOD,
        ...decision,
        '--receipt-out',
        receipt,
      ])
      return receipt
    }

    await report(a, c, '330600', true)
    await report(b, c, '330600', true)
    const returned = await review('330602', ['--return', '缺少新任理事名单'])
    await json(['package', 'receipt', returned, '--data-dir', b])
    const added = join(files, 'added.json')
    writeFileSync(
      added,
      JSON.stringify([person({ name: '钱七', idNumber: validId('1985-03-04') })]),
    )
    await json(['persons', 'add', '--data-dir', b, '--input', added])
    await report(b, c, '330600', false)
    await review('330621', ['--accept'])

    const relay = await report(c, p, '330000', true)
    expect((relay.counts as Record<string, { inserted: number }>).persons?.inserted).toBe(4)

    // The board: the city, and each county under it with the city's decisions.
    const board = await json(['package', 'status', '--data-dir', p, '--period', PERIOD])
    const entries = board.entries as { unitCode: string; via: string | null; status: string }[]
    const at = (code: string) => entries.find((e) => e.unitCode === code)
    expect(at('330600')).toMatchObject({ via: null })
    expect(at('330621')).toMatchObject({ via: '330600', status: 'reviewed' })
    expect(at('330602')).toMatchObject({ via: '330600', status: 'received' })
    const atCity = await json(['package', 'status', '--data-dir', c, '--period', PERIOD])
    const cityAt = (code: string) =>
      (atCity.entries as { unitCode: string; status: string; history: unknown }[]).find(
        (e) => e.unitCode === code,
      )
    for (const code of ['330621', '330602']) {
      expect(at(code)).toMatchObject({ status: cityAt(code)!.status })
    }

    // Every county's count at the province is the county's own count.
    for (const [dir, code] of [
      [a, '330621'],
      [b, '330602'],
    ] as const) {
      const own = await json(['persons', 'count', '--data-dir', dir])
      const held = await json(['persons', 'count', '--data-dir', p, '--unit', code])
      expect(held.count).toBe(own.count)
    }
    // The ID number both counties hold is one cross-unit pair at the city and at the province.
    for (const dir of [c, p]) {
      const dup = await json(['persons', 'duplicates', '--data-dir', dir, '--across-units'])
      expect(dup.total).toBe(1)
    }
  })
})
