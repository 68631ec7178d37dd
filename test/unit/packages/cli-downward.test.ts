import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, onlyJson, query, runCli } from '../cli-run'
import { offices } from './exchange-fixtures'

const env = { XINLIAN_PASSWORD: ADMIN_PASSWORD }
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe('xinlian downward export / import', { timeout: 300_000 }, () => {
  it('the city exports, the county imports; tampered and too-new packages refused', async () => {
    const o = await offices()
    const type = await o.city.ok('activities.saveType', { name: '政企恳谈会' })
    await o.city.ok('downward.saveTask', { period: '2026年度', deadline: '2027-01-15' })
    const [cityDir, countyDir] = [o.city.dir, o.county.dir]
    dirs.push(cityDir, countyDir)
    o.city.core.close()
    o.county.core.close()
    const file = join(cityDir, 'down.xlpkg')

    const exported = await runCli(
      [
        'downward',
        'export',
        '--data-dir',
        cityDir,
        '--user',
        'admin',
        '--to',
        '330621',
        '--out',
        file,
        '--json',
      ],
      env,
    )
    expect(exported.code, exported.stderr).toBe(0)
    expect(onlyJson(exported.stdout)).toMatchObject({
      ok: true,
      encrypted: true,
      counts: { dictionaries: 1, reporting_tasks: 1 },
    })

    const bytes = readFileSync(file)
    const tampered = Buffer.from(bytes)
    tampered[tampered.length >> 1] = tampered[tampered.length >> 1]! ^ 0x01
    const tamperedFile = join(cityDir, 'tampered.xlpkg')
    writeFileSync(tamperedFile, tampered)
    const refused = await runCli(
      ['downward', 'import', tamperedFile, '--data-dir', countyDir, '--user', 'admin'],
      env,
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('数据包已损坏或被篡改，未导入任何数据')

    const tooNewFile = join(cityDir, 'new.xlpkg')
    const tooNew = await runCli(
      [
        'downward',
        'export',
        '--data-dir',
        cityDir,
        '--user',
        'admin',
        '--to',
        '330621',
        '--out',
        tooNewFile,
        '--min-version',
        '999.0',
      ],
      env,
    )
    expect(tooNew.code, tooNew.stderr).toBe(0)
    const old = await runCli(
      ['downward', 'import', tooNewFile, '--data-dir', countyDir, '--user', 'admin'],
      env,
    )
    expect(old.code).toBe(1)
    expect(old.stderr).toMatch(/这个下发数据包要求新联台账 999\.0 或更高版本，本机是 [\d.]+/)

    const imported = await runCli(
      ['downward', 'import', file, '--data-dir', countyDir, '--user', 'admin'],
      env,
    )
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain('已导入 330600 示例市委统战部 的下发数据包。')
    expect(imported.stdout).toContain('报送任务：采用 1')

    const again = await runCli(
      ['downward', 'import', file, '--data-dir', countyDir, '--user', 'admin', '--json'],
      env,
    )
    expect(onlyJson(again.stdout)).toMatchObject({ ok: true, status: 'already-imported' })

    const periods = query<{ period: string }>(countyDir, 'SELECT period FROM reporting_tasks')
    expect(periods.map((r) => r.period)).toEqual(['2026年度'])
    const types = query<{ code: string }>(
      countyDir,
      "SELECT code FROM dictionaries WHERE kind = 'activity_type'",
    )
    expect(types.map((r) => r.code)).toContain(type.code)
  })
})
