import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, onlyJson, runCli, runJson } from '../cli-run'
import { validId } from '../persons-fixtures'

const root = mkdtempSync(join(tmpdir(), 'xinlian-cli-exchange-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
const county = join(root, 'county')
const city = join(root, 'city')
const file = (name: string) => join(root, name)

const json = (args: string[], expectCode = 0) => runJson(args, env, expectCode)

describe('xinlian unit / units / package: a county and its city', { timeout: 900_000 }, () => {
  it('exchange cards, full package, again, a new person, incremental, receipts (edit and delete: exchange-roundtrip)', async () => {
    await json([
      'init',
      '--data-dir',
      county,
      '--unit-code',
      '330621',
      '--unit-name',
      '示例县委统战部',
      '--admin',
      'admin',
    ])
    await json([
      'init',
      '--data-dir',
      city,
      '--unit-code',
      '330600',
      '--unit-name',
      '示例市委统战部',
      '--admin',
      'admin',
    ])
    const countyCard = await json([
      'unit',
      'card',
      '--data-dir',
      county,
      '--user',
      'admin',
      '--out',
      file('county.xlkey'),
    ])
    const cityCard = await json([
      'unit',
      'card',
      '--data-dir',
      city,
      '--user',
      'admin',
      '--out',
      file('city.xlkey'),
    ])

    const wrong = await runCli(
      [
        'units',
        'register',
        file('county.xlkey'),
        '--data-dir',
        city,
        '--user',
        'admin',
        '--fingerprint',
        '1'.repeat(60),
      ],
      env,
    )
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toContain('指纹与密钥卡不一致')
    const reg = await json([
      'units',
      'register',
      file('county.xlkey'),
      '--data-dir',
      city,
      '--user',
      'admin',
      '--fingerprint',
      String(countyCard.fingerprint).replace(/(\d{5})/g, '$1 '),
    ])
    expect(reg).toMatchObject({
      verification: 'verified',
      unit: { relation: 'lower', code: '330621' },
    })
    const up = await json([
      'units',
      'register',
      file('city.xlkey'),
      '--data-dir',
      county,
      '--user',
      'admin',
    ])
    expect(up).toMatchObject({ verification: 'unverified', unit: { relation: 'upper' } })
    expect(cityCard.fingerprint).toMatch(/^\d{5}( \d{5}){11}$/)

    writeFileSync(
      file('persons.json'),
      JSON.stringify([
        { name: '张三', idNumber: validId('1985-03-12') },
        { name: '李四', idNumber: validId('1990-01-01', '111') },
      ]),
    )
    const added = await json([
      'persons',
      'add',
      '--data-dir',
      county,
      '--user',
      'admin',
      '--input',
      file('persons.json'),
    ])
    const ids = (added.items as { id: string }[]).map((p) => p.id)

    const full = await json([
      'package',
      'export',
      '--data-dir',
      county,
      '--user',
      'admin',
      '--to',
      '330600',
      '--period',
      '2026年度',
      '--full',
      '--out',
      file('full.xlpkg'),
    ])
    expect(full).toMatchObject({ kind: 'full', encrypted: true })
    const verified = await json([
      'package',
      'verify',
      file('full.xlpkg'),
      '--data-dir',
      city,
      '--user',
      'admin',
    ])
    expect(verified).toMatchObject({ kind: 'full', period: '2026年度', sender: { code: '330621' } })

    const importFull = [
      'package',
      'import',
      file('full.xlpkg'),
      '--data-dir',
      city,
      '--user',
      'admin',
    ]
    // --progress: lines per table on stderr; stdout stays the one JSON document.
    const dryRun = await runCli([...importFull, '--dry-run', '--progress', '--json'], env)
    expect(dryRun.code).toBe(0)
    expect(dryRun.stderr).toContain('正在写入“人员”：0 / 2 行')
    expect(dryRun.stderr).toMatch(/正在写入“[^”]+”：\d+ \/ \d+ 行（共 (\d+) \/ \1 行）/)
    const dry = onlyJson(dryRun.stdout)
    expect(dry).toMatchObject({ status: 'dry-run', counts: { persons: { inserted: 2 } } })
    expect((await json(['persons', 'count', '--data-dir', city, '--user', 'admin'])).count).toBe(0)

    const first = await json([...importFull, '--receipt-out', file('r1.xlrct')])
    expect(first).toMatchObject({
      status: 'applied',
      counts: { persons: { inserted: 2, updated: 0, deleted: 0 } },
    })
    const again = await json(importFull)
    expect(again.status).toBe('already-imported')
    expect(String(again.reason)).toContain('未作任何更改')
    expect(
      await json(['persons', 'count', '--data-dir', city, '--user', 'admin', '--unit', '330621']),
    ).toMatchObject({
      count: 2,
    })

    const receipt = await json([
      'package',
      'receipt',
      file('r1.xlrct'),
      '--data-dir',
      county,
      '--user',
      'admin',
    ])
    expect(receipt.status).toBe('received')

    writeFileSync(
      file('edit.json'),
      JSON.stringify([{ name: '王五', idNumber: validId('1979-09-09', '222') }]),
    )
    await json([
      'persons',
      'add',
      '--data-dir',
      county,
      '--user',
      'admin',
      '--input',
      file('edit.json'),
    ])
    const inc = await json([
      'package',
      'export',
      '--data-dir',
      county,
      '--user',
      'admin',
      '--to',
      '330600',
      '--period',
      '2026年度',
      '--out',
      file('inc.xlpkg'),
    ])
    expect(inc.kind).toBe('incremental')
    const second = await json([
      'package',
      'import',
      file('inc.xlpkg'),
      '--data-dir',
      city,
      '--user',
      'admin',
      '--receipt-out',
      file('r2.xlrct'),
    ])
    expect(second).toMatchObject({
      status: 'applied',
      counts: { persons: { inserted: 1, updated: 0 } },
    })
    await json(['package', 'receipt', file('r2.xlrct'), '--data-dir', county, '--user', 'admin'])

    const counts = await json(['persons', 'count', '--data-dir', city, '--user', 'admin'])
    expect(counts).toMatchObject({ count: 3 })
    const list = await json(['package', 'list', '--data-dir', county, '--user', 'admin'])
    expect((list.packages as { status: string }[]).map((p) => p.status)).toEqual([
      'received',
      'received',
    ])
    const cityList = await json(['package', 'list', '--data-dir', city, '--user', 'admin'])
    expect(
      (cityList.packages as { direction: string }[]).every((p) => p.direction === 'received'),
    ).toBe(true)
    expect(ids).toHaveLength(2)
  })
})
