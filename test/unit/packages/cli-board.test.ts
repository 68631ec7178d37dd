import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, removeTempDirs, runCli, runJson, tempDir } from '../cli-run'
import { person, validId } from '../persons-fixtures'
import { exportTo, offices } from './exchange-fixtures'

const made: string[] = []
afterAll(() => {
  removeTempDirs()
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }

const json = (args: string[], expectCode = 0) => runJson(args, env, expectCode)

describe('xinlian package status / review', { timeout: 300_000 }, () => {
  it('lists the board, returns a period with its reason, then the county reads the receipt', async () => {
    // The offices are made through the handlers (fast), then closed and driven by the CLI.
    const o = await offices()
    await o.county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
    const pkg = await exportTo(o.county, { period: '2020年度' })
    await o.city.ok('packages.import', { data: pkg.data, fileName: pkg.fileName })
    o.county.core.close()
    o.city.core.close()
    const city = o.city.dir
    const county = o.county.dir
    made.push(city, county)
    const out = tempDir()

    const board = await json(['package', 'status', '--data-dir', city, '--user', 'admin'])
    expect(board.scope).toBe('lower')
    expect(board.entries).toEqual([
      expect.objectContaining({
        unitCode: '330621',
        name: '示例县委统战部',
        period: '2020年度',
        status: 'received',
        deadline: '2021-01-10',
        packages: 1,
      }),
    ])
    expect((board.entries as { daysLate: number }[])[0]!.daysLate).toBeGreaterThan(0)
    const human = await runCli(
      ['package', 'status', '--data-dir', city, '--user', 'admin', '--period', '2020年度'],
      env,
    )
    expect(human.stdout).toMatch(
      /330621 示例县委统战部 {2}2020年度 {2}已接收 {2}报送 \d{4}-\d{2}-\d{2} {2}截止 2021-01-10 {2}逾期 \d+ 天/,
    )

    const review = [
      'package',
      'review',
      '--data-dir',
      city,
      '--user',
      'admin',
      '--unit',
      '330621',
      '--period',
      '2020年度',
    ]
    const both = await runCli(
      [...review, '--accept', '--return', '不行', '--receipt-out', join(out, 'x.xlrct')],
      env,
    )
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('请在 --accept 与 --return "原因" 中选择一个')
    const taken = join(out, 'taken.xlrct')
    writeFileSync(taken, 'x')
    await json([...review, '--accept', '--receipt-out', taken], 1)
    // The receipt could not be written, so no decision was recorded either.
    const still = await json(['package', 'status', '--data-dir', city, '--user', 'admin'])
    expect(still.entries).toEqual([expect.objectContaining({ status: 'received' })])

    const receipt = join(out, 'returned.xlrct')
    const returned = await json([
      ...review,
      '--return',
      '缺少第四季度活动记录',
      '--receipt-out',
      receipt,
    ])
    expect(returned).toMatchObject({ status: 'returned', reason: '缺少第四季度活动记录', receipt })
    await json(['package', 'receipt', receipt, '--data-dir', county, '--user', 'admin'])
    const own = await json(['package', 'status', '--data-dir', county, '--user', 'admin'])
    expect(own).toMatchObject({
      scope: 'own',
      entries: [{ unitCode: '330621', status: 'returned', reason: '缺少第四季度活动记录' }],
    })
  })
})
